#!/usr/bin/env bash
# Proves --db-url: runs the repository and use-case tests once against a real PostgreSQL server
# installed from Debian's packages, instead of the embedded one.
# Needs root on a Debian machine (CI is). Leaves the machine as it found it apart from the
# installed package: the test role and its databases are dropped, and a cluster that was not
# running before is stopped again.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
was_running=no
if pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -qx online; then
  was_running=yes
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')

export PGOPTIONS="-c client_min_messages=warning"
role=yjinspect_ci
password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
cleanup() {
  # Drop the per-class databases the tests may have left behind, then the role.
  for db in $(su postgres -c "psql -p $port -Atc \"select datname from pg_database where datname like 'yjt_%'\""); do
    su postgres -c "psql -p $port -qc 'drop database if exists $db with (force)'" || true
  done
  su postgres -c "psql -p $port -qc 'drop role if exists $role'" || true
  if [ "$was_running" = no ]; then
    pg_ctlcluster "$version" main stop || true
  fi
}
trap cleanup EXIT
su postgres -c "psql -p $port -qc \"drop role if exists $role\""
su postgres -c "psql -p $port -qc \"create role $role login createdb password '$password'\""

echo "external PostgreSQL $version on port $port"
# The tests that open a database: each class gets a fresh database on this server.
YJINSPECT_TEST_DB_PASSWORD="$password" mvn -B test \
  -Dtest='DatabaseTest,CaseloadServiceTest,SampleServiceTest,SamplingCommandsTest,ApiTest,AssessmentServiceTest,ConcurrentAnswersTest,PanelServiceTest,PublicationTest,AuditTrailTest,OrganisationServiceTest,RecordKeepingApiTest,RecordCommandsTest,DrawRefusalTest,SampleDiscardTest,SamplingAuditTrailTest,SampleLifecycleApiTest,InspectionDeletionTest,InspectionRemovalTest,EveryAnswerIsJsonTest,UsageErrorsTest,TwoServersTest,SignInApiTest,TokenApiTest,SetUpApiTest,InspectionTeamTest,TeamApiTest,RouteAccessMatrixTest,TeamCommandsTest' \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -Dyjinspect.test.dbUrl="jdbc:postgresql://localhost:$port/postgres" \
  -Dyjinspect.test.dbUser="$role"
echo "repository tests passed against the external PostgreSQL $version"
