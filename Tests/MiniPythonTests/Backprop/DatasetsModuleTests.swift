import MiniPython
import NeuralCore
import Testing

/// `backprop.datasets` through a session: shapes in both layouts, values bit for bit, errors.
///
/// The oracle values come from the course's and scikit-learn's code (numpy 2.4, scikit-learn 1.x):
/// ```python
/// import numpy as np, sklearn.datasets as d
/// # the course's load_planar_dataset() (planar_utils.py), which seeds 1
/// X, Y = load_planar_dataset(); print(repr(X[0, 0]), repr(X[1, 0]), repr(X[0, 399]))
/// # 1.204442292254319 3.5761141481288448 0.7307808250007513
/// np.random.seed(3); X, y = d.make_moons(n_samples=300, noise=.2); print(repr(X[0, 0]), repr(X[0, 1]), y[:5])
/// # -0.21687013460912397 1.0154493742029873 [0 1 1 1 0]
/// np.random.seed(1); X, y = d.make_circles(n_samples=300, noise=.05); print(repr(X[0, 0]), y[:5])
/// # -0.07741354010048114 [1 0 1 1 0]
/// X, y = d.make_blobs(n_samples=200, random_state=5, n_features=2, centers=6); print(repr(X[0, 0]), y[:5])
/// # -0.8781328096272221 [2 3 4 3 1]
/// ```
@Suite struct DatasetsModuleTests {
  static func run(_ source: String) -> RunResult {
    Session().run(source: source)
  }

  @Test func loadPlanarDatasetIsTheCourses() {
    let result = DatasetsModuleTests.run(
      """
      from backprop.datasets import load_planar_dataset
      X, Y = load_planar_dataset()
      print(X.shape, Y.shape, Y.dtype)
      print(repr(X[0, 0]), repr(X[1, 0]), repr(X[0, 399]), Y[0, 0], Y[0, 399])
      """)
    #expect(result.error == nil)
    #expect(
      result.text == """
        (2, 400) (1, 400) int64
        1.204442292254319 3.5761141481288448 0.7307808250007513 0 1

        """)
  }

  @Test func bothLayoutsHoldTheSameExamples() {
    let result = DatasetsModuleTests.run(
      """
      import backprop.datasets as ds
      import numpy as np
      X, y = ds.planar()
      Xc, Yc = ds.planar(layout='columns')
      print(X.shape, y.shape, Xc.shape, Yc.shape)
      print(np.array_equal(X.T, Xc), np.array_equal(y, Yc[0]))
      """)
    #expect(result.error == nil)
    #expect(result.text == "(400, 2) (400,) (2, 400) (1, 400)\nTrue True\n")
  }

  @Test func scikitLearnSetsMatchDrawForDraw() {
    let result = DatasetsModuleTests.run(
      """
      from backprop import datasets
      X, y = datasets.moons()
      print(X.shape, y.shape, repr(X[0, 0]), repr(X[0, 1]), y[:5])
      X, y = datasets.circles()
      print(repr(X[0, 0]), y[:5])
      X, y = datasets.blobs()
      print(repr(X[0, 0]), y[:5])
      """)
    #expect(result.error == nil)
    #expect(
      result.text == """
        (300, 2) (300,) -0.21687013460912397 1.0154493742029873 [0 1 1 1 0]
        -0.07741354010048114 [1 0 1 1 0]
        -0.8781328096272221 [2 3 4 3 1]

        """)
  }

  @Test func everyLoaderGivesNeuralCoresArraysInBothLayouts() {
    let result = DatasetsModuleTests.run(
      """
      import backprop
      ds = backprop.datasets
      for name in ['planar', 'spiral', 'moons', 'circles', 'blobs', 'xor', 'sine', 'shapes', 'digits']:
          X, y = getattr(ds, name)()
          Xc, Yc = getattr(ds, name)(layout='columns')
          print(name, X.shape, y.shape, Xc.shape, Yc.shape, y.dtype)
      X, y = ds.spiral(seed=0)
      print(repr(X[1, 0]), repr(X[1, 1]), repr(X[299, 0]))
      X, y = ds.xor(seed=0)
      print(repr(X[0, 0]))
      """)
    #expect(result.error == nil)
    let spiral = ToyDataset.spiral(seed: 0).x.scalars
    let xor = ToyDataset.xor(seed: 0).x.scalars[0]
    #expect(
      result.text == """
        planar (400, 2) (400,) (2, 400) (1, 400) int64
        spiral (300, 2) (300,) (2, 300) (1, 300) int64
        moons (300, 2) (300,) (2, 300) (1, 300) int64
        circles (300, 2) (300,) (2, 300) (1, 300) int64
        blobs (200, 2) (200,) (2, 200) (1, 200) int64
        xor (200, 2) (200,) (2, 200) (1, 200) int64
        sine (200, 20, 1) (200, 1) (1, 200, 20) (1, 200) float64
        shapes (200, 8, 8, 1) (200,) (64, 200) (1, 200) int64
        digits (200, 8, 8, 1) (200,) (64, 200) (1, 200) int64
        \(spiral[2]) \(spiral[3]) \(spiral[598])
        \(xor)

        """)
  }

  @Test func seedsAndSizesAreArguments() {
    let result = DatasetsModuleTests.run(
      """
      import backprop.datasets as ds
      import numpy as np
      a, _ = ds.moons(100, noise=0.1, seed=7)
      b, _ = ds.moons(n_samples=100, noise=0.1, seed=7)
      c, _ = ds.moons(n_samples=100, noise=0.1, seed=8)
      print(a.shape, np.array_equal(a, b), np.array_equal(a, c))
      X, y = ds.shapes(n_samples=12, size=10, layout='columns')
      print(X.shape, y[0, :4], ds.shape_names[y[0, 3]])
      names = ds.names(5)
      print(len(names), names == ds.names(count=5, seed=0), names[0] == names[0].lower())
      """)
    #expect(result.error == nil)
    #expect(
      result.text == """
        (100, 2) True False
        (100, 12) [0 1 2 3] circle
        5 True True

        """)
    #expect(
      Session().run(source: "import backprop.datasets as ds\nprint(ds.names(3))\n").text
        == "[" + NameCorpus.dinosaurLike(count: 3).names.map { "'\($0)'" }.joined(separator: ", ")
        + "]\n")
  }

  @Test(arguments: [
    ("ds.moons(layout='cols')", "ValueError: layout must be 'rows' or 'columns', not 'cols'"),
    ("ds.moons(seed=-1)", "ValueError: Seed must be between 0 and 2**32 - 1"),
    ("ds.moons(n_samples=-3)", "ValueError: n_samples must be non-negative, got -3"),
    ("ds.moons(noise=-0.5)", "ValueError: noise must be non-negative, got -0.5"),
    ("ds.spiral(classes=0)", "ValueError: classes must be at least 1, got 0"),
    ("ds.digits(size=5)", "ValueError: size must be at least 8 pixels, got 5"),
    ("ds.names(3000)", "ValueError: names() makes 0 to 2400 names, not 3000"),
    (
      "ds.moons(random_state=3)",
      "TypeError: moons() got an unexpected keyword argument 'random_state'"
    ),
    ("ds.mnist()", "AttributeError: module 'backprop.datasets' has no attribute 'mnist'"),
  ])
  func errorsSayWhatIsSupported(_ line: String, _ expected: String) {
    let result = DatasetsModuleTests.run("import backprop.datasets as ds\n" + line + "\n")
    #expect(result.error?.lastLine == expected)
  }

  @Test func anUnknownKeywordListsTheSupportedOnes() {
    let result = DatasetsModuleTests.run(
      "import backprop.datasets as ds\nds.moons(random_state=3)\n")
    #expect(
      result.error?.help
        == "use seed= for random_state; moons() takes n_samples=, noise=, seed=, layout=")
  }
}
