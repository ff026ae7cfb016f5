-- Issue 11, notifications: the administrators' rules (which event, filtered how, reaches whom, through which
-- channel), each person's preference (every optional notification, a daily digest, or none), and the deliveries the
-- rules produced — one per event, recipient and channel — which dispatchers on every node claim with SKIP LOCKED.
-- Every table is tenant-owned (RLS in the form of V12).

-- Events are the catalogue of NotificationEvent. Filters are optional (null: any). Recipients are a JSON array of
-- {"kind": PERSON|ROLE|ASSIGNEE|REQUESTER|ADDRESS, "value": …} (empty for a plugin channel, which posts once to where the
-- tenant configured it); the core refuses REQUESTER for an event the portal
-- does not show. channel: 'email' or the id of a channel plugin. mandatory: the recipients' preferences do not apply.
create table notification_rule (
    id           uuid primary key,
    tenant_id    uuid        not null references tenant (id),
    event        text        not null check (event ~ '^[a-z][a-z-]{1,60}$'),
    name         text        not null default '' check (length(name) <= 200),
    record_kind  text check (record_kind in ('MATTER', 'CONTRACT')),
    target       text check (length(target) between 1 and 100),
    request_type text check (length(request_type) between 1 and 100),
    company_id   uuid,
    recipients   jsonb       not null check (jsonb_typeof(recipients) = 'array' and jsonb_array_length(recipients) <= 50),
    channel      text        not null default 'email' check (channel ~ '^[a-z][a-z0-9-]{1,60}$'),
    mandatory    boolean     not null default false,
    enabled      boolean     not null default true,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint      not null default 0,
    unique (tenant_id, id),
    foreign key (tenant_id, company_id) references company (tenant_id, id)
);
create index notification_rule_event_idx on notification_rule (tenant_id, event) where enabled;

-- A tenant's defaults are written once, the first time its rules are read; this row says it happened, so rules an
-- administrator deleted do not come back.
create table notification_setup (
    tenant_id           uuid primary key references tenant (id),
    defaults_applied_at timestamptz not null
);

-- A person's choice for optional notifications, and the language of their notifications (null: their last request's
-- language, else the tenant's). No row: every notification, as it happens.
create table notification_preference (
    tenant_id  uuid        not null references tenant (id),
    person_id  uuid        not null,
    mode       text        not null check (mode in ('IMMEDIATE', 'DIGEST', 'OFF')),
    language   text check (language in ('en', 'fr')),
    updated_at timestamptz not null,
    primary key (tenant_id, person_id),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);

-- One message to one recipient through one channel, rendered when the event was planned (so what a requester gets
-- was filtered once, by the rule of the portal) and sent by whichever dispatcher claims it first. event_key names the
-- occurrence: replanning an event (a listener retried) inserts nothing twice. SENDING rows whose claim ran out (their
-- node stopped) are claimed again: at most one repeat, under the same message_id.
create table notification_delivery (
    id              uuid primary key,
    tenant_id       uuid        not null references tenant (id),
    event_key       text        not null check (length(event_key) between 1 and 300),
    event           text        not null,
    record_id       uuid,
    record_reference text,
    rule_id         uuid,
    person_id       uuid,
    address         text        not null check (length(address) between 1 and 320),
    recipient_name  text        not null default '',
    audience        text        not null check (audience in ('STAFF', 'REQUESTER', 'ADDRESS')),
    channel         text        not null,
    language        text        not null check (language in ('en', 'fr')),
    optional        boolean     not null,
    subject         text        not null,
    body_text       text        not null,
    body_html       text,
    link            text,
    message_id      text        not null,
    status          text        not null check (status in ('PENDING', 'SENDING', 'SENT', 'RETRYING', 'FAILED',
                                                           'DIGEST', 'DIGESTED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    claimed_by      text,
    claimed_until   timestamptz,
    last_error      text check (length(last_error) <= 2000),
    digest_id       uuid,
    occurred_at     timestamptz not null,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    unique (tenant_id, event_key, channel, address),
    foreign key (tenant_id, person_id) references person (tenant_id, id)
);
create index notification_delivery_due_idx on notification_delivery (tenant_id, next_attempt_at)
    where status in ('PENDING', 'RETRYING', 'SENDING');
create index notification_delivery_log_idx on notification_delivery (tenant_id, created_at desc);
create index notification_delivery_digest_idx on notification_delivery (tenant_id, person_id)
    where status = 'DIGEST';

-- The expected answer's reminders are told once: when an answer became at risk, and when it was missed.
alter table record_response
    add column at_risk_told_at timestamptz,
    add column late_told_at    timestamptz;

do $$
declare
    t text;
begin
    foreach t in array array['notification_rule', 'notification_setup', 'notification_preference',
                             'notification_delivery'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = (select lexdesk_current_tenant())) '
                       'with check (tenant_id = (select lexdesk_current_tenant()))', t);
        execute format('grant select, insert, update on %I to ${app_role}', t);
    end loop;
end
$$;
grant delete on notification_rule to ${app_role};
