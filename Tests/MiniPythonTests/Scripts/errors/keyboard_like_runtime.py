raise RuntimeError("stop")

# expect error: RuntimeError: stop
