import MiniPython
import Testing
import TextPlot

/// `plot_boundary` / `plot_decision_boundary` through a session: the figure they draw through
/// pyplot, for the course's callable, a model object and class scores, and their errors.
///
/// Misclassification counts from numpy on the course's planar set:
/// ```python
/// X, Y = load_planar_dataset()   # the course's, seed 1
/// print(((X[0] * X[1] > 0) * 1 != Y[0]).sum())   # 202
/// np.random.seed(3); X, y = sklearn.datasets.make_moons(n_samples=100, noise=0.0)
/// print(((X[:, 1] < 0.25) * 1 != y).sum())        # 16
/// ```
@Suite struct BoundaryPlotTests {
  static func figures(_ source: String) -> (figures: [PlotFigure], result: RunResult) {
    let result = Session().run(
      source:
        "import numpy as np\nimport matplotlib.pyplot as plt\nimport backprop\nfrom backprop import datasets\n"
        + source)
    let figures = result.outputs.compactMap { output -> PlotFigure? in
      if case .plot(let figure) = output { return figure } else { return nil }
    }
    return (figures, result)
  }

  @Test func theCoursesCallDrawsRegionsUnderThePoints() {
    let (figures, result) = BoundaryPlotTests.figures(
      """
      from backprop import plot_decision_boundary, load_planar_dataset
      X, Y = load_planar_dataset()
      def predict(parameters, X):
          return (X[0:1, :] * X[1:2, :] > 0) * 1
      plot_decision_boundary(lambda x: predict(None, x.T), X, Y)
      plt.title("Decision Boundary for hidden layer size 4")
      plt.show()
      """)
    #expect(result.error == nil)
    #expect(figures.count == 1)
    #expect(
      figures.first?.summary
        == "Decision Boundary for hidden layer size 4: 200x200 field from 0 to 1; boundary: 202 of 400 training points misclassified"
    )
    let axes = figures[0].subplots[0]
    #expect(axes.xLabel == "x1" && axes.yLabel == "x2")
    guard case .field(let field) = axes.layers[0], case .scatter(let points) = axes.layers[1] else {
      Issue.record("expected a field under a scatter: \(axes.layers)")
      return
    }
    #expect(field.colormap == .spectral && points.colormap == .spectral)
    #expect(points.classes?.count == 400)
  }

  @Test func aModelObjectsPredictTakesRowsAndClassScoresBecomeRegions() {
    let (figures, result) = BoundaryPlotTests.figures(
      """
      X, y = datasets.moons(n_samples=100, noise=0.0)
      class Scores:
          def predict(self, points):
              return np.stack([points[:, 1], 0.5 - points[:, 1]], axis=1)
      plt.subplot(1, 2, 1)
      backprop.plot_boundary(Scores(), X, y, resolution=50, margin=0.5)
      plt.subplot(1, 2, 2)
      backprop.plot_boundary(lambda p: (p[:, 1] < 0.25) * 1.0, X.T, y.reshape(1, -1), title='flat')
      """)
    #expect(result.error == nil)
    #expect(figures.count == 1)
    let axes = figures[0].subplots
    #expect(
      axes[0].summary
        == "50x50 field from 0 to 1; boundary: 16 of 100 training points misclassified")
    #expect(
      axes[1].summary
        == "flat: 200x200 field from 0 to 1; boundary: 16 of 100 training points misclassified")
  }

  @Test(arguments: [
    (
      "backprop.plot_boundary(lambda p: p[:, 0], np.zeros((5, 3)), np.zeros(5))",
      "ValueError: plot_boundary() draws models of 2 inputs: X must be (m, 2) or (2, m), not (5, 3)"
    ),
    (
      "backprop.plot_boundary(lambda p: p[:, 0], np.zeros((5, 2)), np.zeros(4))",
      "ValueError: y has 4 labels but X has 5 points"
    ),
    (
      "backprop.plot_boundary(lambda p: np.zeros(7), np.zeros((5, 2)), np.zeros(5), resolution=10)",
      "ValueError: the model returned shape (7,) for 100 points; plot_boundary() needs one value per point (a class or a probability) or one row of class scores per point"
    ),
    (
      "backprop.plot_decision_boundary(lambda p: p[:, 0], np.zeros((5, 2)), np.zeros(5), layout='columns')",
      "ValueError: layout='columns' needs X of shape (2, m), not (5, 2)"
    ),
    (
      "backprop.plot_boundary(lambda p: p[:, 0], np.zeros((5, 2)), np.zeros(5), levels=3)",
      "TypeError: plot_boundary() got an unexpected keyword argument 'levels'"
    ),
    (
      "backprop.plot_boundary(lambda p: p[:, 0], np.zeros((5, 2)), np.zeros(5), resolution=1)",
      "ValueError: resolution must be from 2 to 1000 points per axis, not 1"
    ),
  ])
  func errorsSayWhatIsSupported(_ line: String, _ expected: String) {
    #expect(BoundaryPlotTests.figures(line + "\n").result.error?.lastLine == expected)
  }
}

/// `plot_boundary` on a trained Keras model, after a plot that must not be drawn over.
@Suite struct BoundaryPlotKerasTests {
  @Test func aTrainedKerasModelOnANewFigure() {
    let (figures, result) = BoundaryPlotTests.figures(
      """
      import tensorflow as tf
      from tensorflow.keras import layers
      X, y = datasets.moons()
      model = tf.keras.Sequential([layers.Dense(8, activation='tanh', input_shape=(2,)), layers.Dense(1, activation='sigmoid')])
      model.compile(optimizer=tf.keras.optimizers.Adam(0.01), loss='binary_crossentropy', metrics=['accuracy'])
      history = model.fit(X, y, epochs=100, verbose=0)
      wrong = int(np.sum((model.predict(X)[:, 0] > 0.5) != y))
      print(wrong)
      backprop.plot_history(history)
      backprop.plot_boundary(model, X, y)
      """)
    #expect(result.error == nil)
    #expect(result.text == "21\n")
    #expect(figures.count == 2)
    #expect(
      figures.last?.summary
        == "200x200 field from 6e-6 to 1; boundary: 21 of 300 training points misclassified")
  }
}
