class TrainingError(Exception):
    pass


raise TrainingError("loss diverged")

# expect error: TrainingError: loss diverged
