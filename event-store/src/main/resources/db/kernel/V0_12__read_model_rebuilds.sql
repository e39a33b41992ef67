-- Each rebuild of a read model an operator asked for (ops/RebuildReadModel): when, by whom, and the log's head and
-- length at that moment. The read model's subscription marks it completed from the round whose checkpoint reaches
-- that head, so its speed is measured by the log's replay itself. At most one rebuild of a read model runs at a time.
CREATE TABLE read_model_rebuilds (
    id            bigserial PRIMARY KEY,
    read_model    text        NOT NULL,
    requested_at  timestamptz NOT NULL DEFAULT now(),
    requested_by  text        NOT NULL,
    head_tx_id    xid8        NOT NULL,
    head_position bigint      NOT NULL,
    events        bigint      NOT NULL,
    completed_at  timestamptz
);
CREATE UNIQUE INDEX read_model_rebuilds_running ON read_model_rebuilds (read_model) WHERE completed_at IS NULL;
CREATE INDEX read_model_rebuilds_latest ON read_model_rebuilds (read_model, id DESC);
