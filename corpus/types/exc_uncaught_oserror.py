# An uncaught FileNotFoundError from open(): the last traceback line.
print("opening")
open("/tmp/pyvm_corpus_missing_dir/missing.txt")
