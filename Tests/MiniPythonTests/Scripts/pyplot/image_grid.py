# An image grid as the course shows misclassified pictures: subplot, imshow, axis('off'), title.
import numpy as np
import matplotlib.pyplot as plt

plt.rcParams['figure.figsize'] = (5.0, 4.0)
plt.rcParams['image.interpolation'] = 'nearest'
plt.rcParams['image.cmap'] = 'gray'
np.random.seed(0)
images = np.random.rand(6, 8, 8, 3)
classes = ['cat', 'non-cat']
for i in range(6):
    plt.subplot(2, 3, i + 1)
    plt.imshow(images[i], interpolation='nearest')
    plt.axis('off')
    plt.title(classes[i % 2])
plt.show()
digit = np.zeros((8, 8))
digit[1:7, 3:5] = 1.0
plt.imshow(digit)
plt.title('one')

# expect plot: cat: 8x8 field from 0.0047 to 0.999 | non-cat: 8x8 field from 0.0114 to 0.99 | cat: 8x8 field from 0.0027 to 0.994 | non-cat: 8x8 field from 0.00138 to 0.999 | cat: 8x8 field from 0.000546 to 0.98 | non-cat: 8x8 field from 0.000664 to 1
# expect plot: one: 8x8 field from 0 to 1
# expect row 0:                 one
# expect row 3:  │           ████████
