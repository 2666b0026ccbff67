params = {"W1": 1}
print(params["W2"])

# expect error: KeyError: 'W2'
