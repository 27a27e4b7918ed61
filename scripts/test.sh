#!/usr/bin/env bash
# Sets the machine up (scripts/setup.sh), then runs every test project and prints "N passed, N failed" last.
#   scripts/test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Coco]
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if ! "$root/scripts/setup.sh"; then
    echo "test.sh: setup failed; see the messages above."
    echo "0 passed, 1 failed"
    exit 1
fi

results="$root/artifacts/test-results"
rm -rf "$results"
# One test assembly at a time: several of them time real sockets and real models on two cores.
dotnet test "$root/VateSharp.sln" -c Release --no-build -nologo -m:1 \
    --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" \
    --blame-hang-timeout 5m "$@"
status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<< "$counters")
    f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<< "$counters")
    e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<< "$counters")
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
