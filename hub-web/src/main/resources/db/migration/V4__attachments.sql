-- Attachments live in the database, so every instance of a cluster can serve them. The text
-- extracted from them is kept beside the bytes and goes into the search index.
create sequence attachment_seq start with 50 increment by 50;

create table attachment (
  id             bigint primary key,
  item_id        bigint        not null references item (id) on delete cascade,
  filename       varchar(255)  not null,
  media_type     varchar(255)  not null,
  size_bytes     bigint        not null,
  sha256         varchar(64)   not null,
  content        bytea         not null,
  thumbnail      bytea,
  extracted_text varchar(1000000),
  uploaded_by    bigint references account (id) on delete set null,
  created_at     timestamp with time zone not null
);

create index attachment_item_idx on attachment (item_id);
