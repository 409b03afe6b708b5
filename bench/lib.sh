# Shared by the bench scripts: publish the API (Release), build a store, start the server on 127.0.0.1.
# Source it after setting $out (a scratch folder); it sets $server (the server's pid).

# ReadyToRun, as the Dockerfile publishes it.
publish_api() {
  dotnet publish src/ChildServicesApi -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/app" >/dev/null
}

# import_store DATABASE [SEED]: builds a store with the published importer.
import_store() {
  dotnet "$out/app/ChildServicesApi.dll" import --database "$1" ${2:+--seed "$2"} >/dev/null
}

# start_api DATABASE PORT [VAR=value ...]: serves the store with the rate limiter off and quiet logs, waits until ready.
# The log goes to $server_log when set (several servers at once), else $out/server.log.
start_api() {
  local database="$1" port="$2" log="${server_log:-$out/server.log}"
  shift 2
  env Store__DatabasePath="$database" RateLimits__Enabled=false Logging__LogLevel__Default=Warning \
    ASPNETCORE_URLS="http://127.0.0.1:${port}" "$@" dotnet "$out/app/ChildServicesApi.dll" >"$log" 2>&1 &
  server=$!
  for _ in $(seq 1 60); do
    curl -sf -o /dev/null "http://127.0.0.1:${port}/health/ready" && return 0
    kill -0 "$server" 2>/dev/null || break
    sleep 1
  done
  echo "the API did not become ready; see $log" >&2
  return 1
}
