-- Who was on a deleted inspection's team (docs/access.md). Deleting an inspection removes its
-- team with its other records; what explains the deletion and the audit trail stay, and only
-- those who were on the team may still read them. Kept for good, like deleted_inspection.

create table former_inspection_member (
    inspection_id bigint not null,
    user_id       bigint not null references user_account (id),
    role          text   not null,
    primary key (inspection_id, user_id, role)
);

create trigger former_inspection_member_kept_for_good
    before update or delete on former_inspection_member
    for each row execute function rows_are_kept_for_good();
