import Testing
import Foundation

/// The worked examples of docs/SCALE.md parse, and the Kubernetes one splits the run the way the docs say: an
/// Indexed Job whose pods turn JOB_COMPLETION_INDEX into --shard with as many shards as completions. Nothing is
/// written (the Python script is compiled in memory, not to __pycache__).
@Suite struct ScaleExamplesTests {
    private func example(_ name: String) -> String {
        CLIRunner.packageRoot.appendingPathComponent("docs/scale").appendingPathComponent(name).path
    }

    private func python(_ code: String, _ arguments: [String]) throws -> CLIRunner.Result {
        // python3 from PATH with PyYAML, as scripts/validate_json.py is run with jsonschema.
        try CLIRunner.run(["python3", "-c", code] + arguments, executable: URL(fileURLWithPath: "/usr/bin/env"))
    }

    @Test func kubernetesIndexedJobParsesAndShardsByCompletionIndex() throws {
        let check = """
        sys, yaml = __import__("sys"), __import__("yaml")
        docs = list(yaml.safe_load_all(open(sys.argv[1])))
        scan = next(d for d in docs if d["metadata"]["name"] == "clauseguard-scan")
        spec = scan["spec"]
        assert spec["completionMode"] == "Indexed", spec
        n = spec["completions"]
        assert spec["parallelism"] == n
        script = "\\n".join(spec["template"]["spec"]["containers"][0]["args"])
        assert "JOB_COMPLETION_INDEX + 1" in script and '--shard "$i/%d"' % n in script and "--format jsonl" in script, script
        merge = next(d for d in docs if d["metadata"]["name"] == "clauseguard-merge")
        assert "shard-*-of-%d.jsonl" % n in "\\n".join(merge["spec"]["template"]["spec"]["containers"][0]["args"])
        print("ok", len(docs))
        """
        let result = try python(check, [example("k8s-indexed-job.yaml")])
        #expect(result.status == 0 && result.stdout.hasPrefix("ok 2"), "\(result.stderr)")
    }

    @Test func sparkScriptCompiles() throws {
        let result = try python("import sys; compile(open(sys.argv[1]).read(), sys.argv[1], 'exec'); print('ok')", [example("spark_scan.py")])
        #expect(result.status == 0 && result.stdout.hasPrefix("ok"), "\(result.stderr)")
    }

    @Test func parallelScriptIsValidShell() throws {
        let result = try CLIRunner.run(["-n", example("parallel.sh")], executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(result.status == 0, "\(result.stderr)")
    }
}
