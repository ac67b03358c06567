-- Intake by e-mail, completed.
--
-- The files that came with a submission (every attachment and inline photo of a mail, the media of
-- an exported chat), beside its one photo in submission_image. Bytes in the database like the
-- attachments of items, so every instance of a cluster serves them; on publication they become
-- the item's attachments.
create sequence submission_attachment_seq start with 50 increment by 50;

create table submission_attachment (
  id            bigint primary key,
  submission_id bigint        not null references submission (id) on delete cascade,
  filename      varchar(255)  not null,
  media_type    varchar(255)  not null,
  size_bytes    bigint        not null,
  sha256        varchar(64)   not null,
  content       bytea         not null,
  created_at    timestamp with time zone not null
);

create index submission_attachment_submission_idx on submission_attachment (submission_id);

-- Mail the intake could not handle (malformed MIME, too large, a failure while handling it), for
-- an editor: what could be read of it, why, and the raw message up to a cap, so it can be
-- downloaded and handled again. The IMAP quarantine folder keeps the mail as well.
create sequence intake_quarantine_seq start with 50 increment by 50;

create table intake_quarantine (
  id          bigint primary key,
  message_id  varchar(255),
  sender      varchar(320),
  subject     varchar(1000),
  reason      varchar(4000) not null,
  size_bytes  bigint        not null,
  raw         bytea,
  status      varchar(16)   not null,
  received_at timestamp with time zone not null,
  settled_by  varchar(64),
  settled_at  timestamp with time zone
);

create index intake_quarantine_status_idx on intake_quarantine (status, received_at);

-- A held mail (from an unknown address) keeps its raw message up to the same cap, so that when an
-- editor assigns it to a colleague it becomes a submission with all its files, not its text alone.
alter table intake_message add column raw bytea;
