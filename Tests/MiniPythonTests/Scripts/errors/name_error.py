def train():
    return lossss


loss = 0.5
train()

# expect error: NameError: name 'lossss' is not defined. Did you mean: 'loss'?
