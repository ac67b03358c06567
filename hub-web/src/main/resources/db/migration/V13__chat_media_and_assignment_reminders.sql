-- WhatsApp media fetched after a message arrived, and reminders of writing assignments.
--
-- Media: one row per chat message whose media the hub fetches from the gateway (photos so far),
-- written in the webhook's transaction and worked off after its commit by whichever instance
-- claims it: a conditional UPDATE sets a claim token and a lease, so each message is fetched by
-- one instance at a time and its photo stored once; a crashed instance's lease runs out.
-- status: pending (waiting, perhaps for a retry at next_attempt_at), fetched, failed (reason).
create table intake_media (
  message_id      bigint primary key references intake_message (id) on delete cascade,
  submission_id   bigint references submission (id) on delete set null,
  media_id        varchar(255) not null,
  kind            varchar(16)  not null,
  status          varchar(16)  not null,
  reason          varchar(1000),
  attempts        integer      not null,
  next_attempt_at timestamp with time zone not null,
  claim_token     varchar(36),
  lease_until     timestamp with time zone,
  updated_at      timestamp with time zone not null
);

create index intake_media_due_idx on intake_media (status, next_attempt_at);

-- Assignments (level-2 advocacy): who asked, and when the writer's reminder and the editor's
-- notice of a missed deadline were dealt with (sent, or found unnecessary). Each is set by one
-- conditional UPDATE ... WHERE ... IS NULL, so exactly one instance sends each.
alter table calendar_slot add column assigned_by varchar(64);
alter table calendar_slot add constraint calendar_slot_assigned_by_fk
  foreign key (assigned_by) references account (username) on delete set null;
alter table calendar_slot add column reminder_done_at timestamp with time zone;
alter table calendar_slot add column overdue_done_at timestamp with time zone;

create index calendar_slot_assigned_idx on calendar_slot (assigned_by, starts_at);
