# Shared by the bench scripts (sourced): each sets ROOT, WORK, DB, APP_PORT, APP and PSQL first.

step() { printf '\n== %s\n' "$*"; }

# Starts the production jar as production runs it (-Xmx256m) against $DB, sets APP_PID and waits
# until it is ready; extra environment (VAR=value ...) may be given as arguments.
start_manchette() {
  env QUARKUS_HTTP_PORT="$APP_PORT" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$DB" \
    QUARKUS_DATASOURCE_USERNAME=postgres \
    MANCHETTE_ADMIN_PASSWORD=bench-admin-password \
    QUARKUS_LOG_LEVEL=WARN \
    "$@" \
    java -Xmx256m -XX:+UseSerialGC -jar "$ROOT/target/quarkus-app/quarkus-run.jar" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -fs "$APP/q/health/ready" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -fs "$APP/q/health/ready" >/dev/null || { echo "Manchette did not start; see $WORK/app.log"; exit 1; }
}

fresh_database() {
  "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
}
