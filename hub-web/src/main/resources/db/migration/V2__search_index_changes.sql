-- The transactional outbox of the search index: a row per changed item, written in the same
-- transaction as the change. Every hub instance follows it to keep its own local index.
create sequence index_change_seq start with 1 increment by 1;

create table index_change (
  id         bigint primary key,
  item_id    bigint not null,
  changed_at timestamp with time zone not null
);

create index index_change_changed_idx on index_change (changed_at);
