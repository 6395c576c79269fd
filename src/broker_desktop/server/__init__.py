"""The office server: a headless process that holds the database and its key and serves
the core's services to workstations over HTTPS. Never imports Qt."""
