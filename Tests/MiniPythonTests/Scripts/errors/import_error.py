import tensorflow_nope

# expect error: ModuleNotFoundError: No module named 'tensorflow_nope'
