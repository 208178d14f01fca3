package wellwatch.simulator;

import wellwatch.simulator.mqtt.Publisher;
import wellwatch.simulator.well.SimulatedWell;

/**
 * One well's path to the broker: the well, its telemetry topic and the connection that carries it.
 *
 * @param index position of the well in the run (0-based), which fixes its phase in the schedule
 */
record Lane(int index, SimulatedWell well, String topic, Publisher publisher) {}
