-- The ratings panel's decision per standard: confirm the rating, or (case-based standards, where
-- a discretion trigger holds) move it one band with a rationale. Whether a decision is allowed
-- is decided by the rating engine, never here. Publishing sets inspection.published_at (V20),
-- after which every table refuses changes.

create table panel_decision (
    inspection_id   bigint not null references inspection (id),
    standard_number text   not null,
    rating          text   not null check (rating in ('INADEQUATE', 'REQUIRES_IMPROVEMENT', 'GOOD', 'OUTSTANDING')),
    rationale       text   not null check (length(rationale) <= 5000),
    revision        int    not null check (revision > 0),
    updated_by      text   not null,
    updated_at      timestamptz not null default now(),
    primary key (inspection_id, standard_number)
);

create trigger panel_decision_refused_when_published before insert or update or delete on panel_decision
    for each row execute function refuse_change_to_published_inspection();
