# Sourced by ops/evaluate-grader and ops/bench-grader: compiles the reactor up to ops, tests included
# (nothing is installed into ~/.m2), and prints the classpath of ops' tests, which holds api's grader,
# its development set and evaluation (api's test classes) and the benchmark.
test_classpath() {
    local root="$1"
    command -v mvn >/dev/null 2>&1 || { echo "mvn (Apache Maven) is needed: apt-get install maven" >&2; return 1; }
    (cd "$root" && mvn -B -q -pl ops -am test-compile dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >&2) || return 1
    echo >&2 # Maven 3.8 in batch mode ends with colour resets and no newline
    echo "$root/ops/target/test-classes:$root/ops/target/classes:$(cat "$root/ops/target/test-classpath.txt")"
}
