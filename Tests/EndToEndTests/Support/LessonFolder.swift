import Foundation

/// A temporary lesson folder for `backprop --lessons DIR`: small lessons whose cells plot, so
/// the end-to-end tests do not depend on the shipped course's text.
struct LessonFolder {
  let url: URL

  /// A lesson with a cell that draws a plot and a cell whose loop redraws a cost curve.
  static let plots = """
    ---
    id: plots
    title: Plots in cells
    format: 1
    ---
    # Squares

    A cell that draws a plot.

    ```python
    import matplotlib.pyplot as plt
    plt.plot([1, 4, 9, 16])
    plt.title("squares")
    plt.show()
    ```

    # A training loop

    ```python
    import time
    import matplotlib.pyplot as plt
    costs = []
    for i in range(1000):
        costs.append(1.0 / (i + 1))
        plt.plot(costs)
        plt.title("live cost curve")
        plt.show()
        time.sleep(0.01)
    ```
    """

  /// A lesson whose one cell trains a Keras model for (nearly) ever.
  static let keras = """
    ---
    id: keras
    title: Keras fit
    format: 1
    ---
    # Keras

    ```python
    import numpy as np
    import tensorflow as tf
    from tensorflow.keras import layers
    X = np.random.randn(256, 2)
    Y = (X[:, 0:1] * X[:, 1:2] > 0) * 1.0
    model = tf.keras.Sequential([layers.Dense(8, activation='tanh', input_shape=(2,)),
                                 layers.Dense(1, activation='sigmoid')])
    model.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])
    model.fit(X, Y, epochs=100000, batch_size=8)
    ```
    """

  /// Writes the plots lesson, the Keras one and a short one into a new temporary folder.
  static func make() throws -> LessonFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "backprop-e2e-lessons-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    let folder = LessonFolder(url: url)
    try folder.write("01-plots.md", plots)
    try folder.write("03-keras.md", keras)
    try folder.write(
      "02-prose.md", "---\nid: prose\ntitle: Only prose\nformat: 1\n---\nNothing to run here.\n")
    return folder
  }

  /// Replaces a lesson file, as an author saving it would.
  func write(_ name: String, _ text: String) throws {
    try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
  }

  func remove() {
    try? FileManager.default.removeItem(at: url)
  }

  /// `backprop --lessons DIR`.
  var command: [String] {
    [DemoCommand.binary ?? "backprop", "--lessons", url.path]
  }
}
