raise NotImplementedError

# expect error: NotImplementedError
