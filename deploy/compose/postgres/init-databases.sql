-- One database per service (each service owns its data; docs/architecture.md). Run once, by the postgres image's
-- entrypoint, when the data volume is empty. Each service's tables are then made by its own Flyway migrations.
CREATE DATABASE offers;
CREATE DATABASE decisions;
CREATE DATABASE deadlines;
