"""ClauseGuard on Spark: each partition of a list of contract paths is scanned by one `clauseguard scan
--files-from - --format jsonl` process on an executor; each partition's JSON Lines is written as one part file,
and `clauseguard merge` of the part files, in order, is the report one scan of the whole list would have written.

    spark-submit docs/scale/spark_scan.py LIST_OF_PATHS OUTPUT_DIR [PARTITIONS]
    clauseguard merge OUTPUT_DIR/part-* --format sarif -o report.sarif

Executors need `clauseguard` on their PATH and the contracts at the listed paths (a shared or mounted file
system). The same with `RDD.pipe`, if exit codes need no checking (a failed worker then shows up in merge as a
part file without a header):

    sc.textFile(LIST).pipe("clauseguard scan --files-from - --format jsonl -q").saveAsTextFile(OUT)
"""
import subprocess
import sys

CLAUSEGUARD = "clauseguard"


def scan_partition(paths, clauseguard=CLAUSEGUARD):
    """Scans one partition's paths in one process and yields its JSON Lines (a header, then one line a contract).
    Exit 1 (findings) and 3 (unreadable files) are results; 2 (usage, rules) fails the task, which Spark retries."""
    paths = list(paths)
    if not paths:
        return
    done = subprocess.run([clauseguard, "scan", "--files-from", "-", "--format", "jsonl", "-q", "--jobs", "1"],
                          input="\n".join(paths).encode("utf-8"), capture_output=True)
    if done.returncode not in (0, 1, 3):
        raise RuntimeError("clauseguard exited %d: %s" % (done.returncode, done.stderr.decode("utf-8", "replace")))
    for line in done.stdout.decode("utf-8").splitlines():
        yield line


def main(argv):
    from pyspark.sql import SparkSession  # imported here so scan_partition can be tried without Spark

    list_path, out = argv[1], argv[2]
    spark = SparkSession.builder.appName("clauseguard").getOrCreate()
    # textFile keeps the list's order across partitions (no shuffle): merge of part-00000… in order is then the
    # report of one scan of the whole list.
    partitions = int(argv[3]) if len(argv) > 3 else None
    paths = spark.sparkContext.textFile(list_path, minPartitions=partitions).filter(lambda line: line.strip())
    # One part file per partition, in list order: part-00000 holds the first paths.
    paths.mapPartitions(scan_partition).saveAsTextFile(out)
    spark.stop()


if __name__ == "__main__":
    main(sys.argv)
