-- Figures about a person are kept and shown only after that person opted in; off by default.
alter table account add column measurement_consent boolean not null default false;
alter table account add column consent_changed_at timestamp with time zone;
