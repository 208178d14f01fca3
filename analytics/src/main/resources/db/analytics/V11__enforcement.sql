-- Problem leads (问题线索), enforcement cases (执法案件) and supervised cases (挂牌督办案件): the records behind
-- the campaign's ledgers (docs/ledgers.md), and the audit trail of every change to them.

CREATE TABLE analytics.problem_lead (
    lead_id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- 问题线索来源: 执法检查类 inspection, 举报类 report, 移送类 referral (from referring_department), 其他类 other.
    source               text        NOT NULL CHECK (source IN ('inspection', 'report', 'referral', 'other')),
    referring_department text,
    -- 发现（举报、移送）时间
    found_at             timestamptz NOT NULL,
    -- 问题或线索基本情况
    description          text        NOT NULL,
    -- 违法（被举报）主体
    subject              text,
    unit_id              text,
    well_id              text,
    -- The alert it was turned from; one lead per alert.
    alert_id             bigint      UNIQUE REFERENCES analytics.alert (id),
    -- 线索处理情况: verified? case filed? referred to another body (and which)? NULL: not decided yet.
    verified             boolean,
    case_filed           boolean,
    referred             boolean,
    referred_to          text,
    -- 问题处置进展情况, 备注
    progress             text,
    remarks              text,
    -- The day the lead was dealt with (销号); NULL while open.
    closed_on            date,
    created_at           timestamptz NOT NULL DEFAULT now(),
    created_by           text        NOT NULL,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    updated_by           text        NOT NULL
);
CREATE INDEX problem_lead_by_found ON analytics.problem_lead (found_at, lead_id);

ALTER TABLE analytics.alert ADD CONSTRAINT alert_lead_fk FOREIGN KEY (lead_id) REFERENCES analytics.problem_lead (lead_id);

CREATE TABLE analytics.enforcement_case (
    case_id                     bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The lead it was opened from, if any.
    lead_id                     bigint      REFERENCES analytics.problem_lead (lead_id),
    enforcing_unit              text        NOT NULL,            -- 执法单位
    case_name                   text        NOT NULL,            -- 案件名称
    source                      text        NOT NULL CHECK (source IN ('inspection', 'report', 'referral', 'other')), -- 案件来源
    filed_on                    date,                            -- 立案时间
    handling                    text,                            -- 案件查处情况
    supervising_unit            text,                            -- 督办单位
    closed_on                   date,                            -- 结案时间
    court_enforcement_requested boolean,                         -- 是否申请法院强制执行
    referred_to_procuratorate   boolean,                         -- 是否移送检察机关提起公益诉讼
    unit_id                     text,
    well_id                     text,
    created_at                  timestamptz NOT NULL DEFAULT now(),
    created_by                  text        NOT NULL,
    updated_at                  timestamptz NOT NULL DEFAULT now(),
    updated_by                  text        NOT NULL,
    CONSTRAINT enforcement_case_closed_after_filed CHECK (closed_on IS NULL OR filed_on IS NULL OR closed_on >= filed_on)
);
CREATE INDEX enforcement_case_by_lead ON analytics.enforcement_case (lead_id) WHERE lead_id IS NOT NULL;
CREATE INDEX enforcement_case_by_filed ON analytics.enforcement_case (filed_on, case_id);

CREATE TABLE analytics.supervised_case (
    supervised_id  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The enforcement case it lists, if any.
    case_id        bigint      REFERENCES analytics.enforcement_case (case_id),
    listing_unit   text        NOT NULL,                         -- 挂牌单位
    case_name      text        NOT NULL,                         -- 挂牌督办案件名称
    listed_on      date        NOT NULL,                         -- 挂牌时间
    facts          text,                                         -- 案件基本情况
    enforcing_unit text,                                         -- 执法单位
    party          text,                                         -- 当事人名称
    requirements   text,                                         -- 督办要求
    progress       text,                                         -- 整改进展
    delisted_on    date,                                         -- 解除挂牌督办时间
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text        NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     text        NOT NULL,
    CONSTRAINT supervised_case_delisted_after_listed CHECK (delisted_on IS NULL OR delisted_on >= listed_on)
);
CREATE INDEX supervised_case_by_case ON analytics.supervised_case (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX supervised_case_by_listed ON analytics.supervised_case (listed_on, supervised_id);

-- Who changed which lead or case, when, from what to what: written in the transaction of the change.
-- before/after are the records as the API shows them (before NULL on creation).
CREATE TABLE analytics.enforcement_audit (
    audit_id  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT now(),
    actor     text        NOT NULL,
    entity    text        NOT NULL CHECK (entity IN ('lead', 'case', 'supervised_case')),
    entity_id bigint      NOT NULL,
    action    text        NOT NULL CHECK (action IN ('create', 'update')),
    before    jsonb,
    after     jsonb       NOT NULL
);
CREATE INDEX enforcement_audit_by_entity ON analytics.enforcement_audit (entity, entity_id, audit_id DESC);
CREATE INDEX enforcement_audit_by_time ON analytics.enforcement_audit (at);
