package wellwatch.ingest.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InOrderAcksTest {

    final List<Integer> acked = new ArrayList<>();
    final InOrderAcks acks = new InOrderAcks((id, qos) -> acked.add(id));

    @Test
    void verifiesThatAcksGoOutInArrivalOrderWhenKafkaConfirmsOutOfOrder() {
        // given
        InOrderAcks.Slot first = acks.arrived(1, 1);
        InOrderAcks.Slot second = acks.arrived(2, 1);
        InOrderAcks.Slot third = acks.arrived(3, 1);

        // when: Kafka confirms 3, then 2 - nothing may be acked before 1
        acks.confirm(third);
        acks.confirm(second);
        assertEquals(List.of(), acked);
        acks.confirm(first);

        // then
        assertEquals(List.of(1, 2, 3), acked);
        assertEquals(0, acks.pendingCount());
    }

    @Test
    void verifiesThatConfirmationsFromALostConnectionAreIgnored() {
        // given
        InOrderAcks.Slot old = acks.arrived(7, 1);

        // when: the connection drops, the broker redelivers message 7 on the new one
        acks.reset();
        InOrderAcks.Slot redelivered = acks.arrived(7, 1);
        acks.confirm(old);

        // then: the stale confirmation acks nothing; the new one does
        assertEquals(List.of(), acked);
        acks.confirm(redelivered);
        assertEquals(List.of(7), acked);
    }

    @Test
    void verifiesThatQos0MessagesAreNotAcked() {
        acks.confirm(acks.arrived(0, 0));

        assertEquals(List.of(), acked);
        assertEquals(0, acks.pendingCount());
    }
}
