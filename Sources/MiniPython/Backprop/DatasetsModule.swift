import NeuralCore

/// The `backprop.datasets` module: NeuralCore's toy data sets as numpy arrays, seeded.
///
/// Every loader returns `(X, y)` in the layout asked for (`layout="rows"`, the default, as Keras
/// takes data; `layout="columns"` as the numpy lessons do: see `DataLayout`) and draws from a fresh
/// generator seeded by `seed=`, so the same call gives the same arrays every time. The default
/// seeds and sizes are the course's where the course has one (planar: seed 1, 200 points per
/// class; moons: 300 points, noise 0.2, seed 3; circles: 300 points, noise 0.05, seed 1; blobs:
/// 200 points, 6 centres, seed 5), else 0. `load_planar_dataset()` is the course's function:
/// `X` of shape `(2, 400)` and `Y` of shape `(1, 400)`.
enum DatasetsModule {
  static func make() -> PyModule {
    let module = PyModule(
      name: "backprop.datasets",
      doc:
        "Small data sets made in code, seeded (seed=) so every call gives the same arrays.\nEach loader returns (X, y): layout='rows' (default) gives X (m, n_x) and y (m,) as Keras takes\nthem; layout='columns' gives X (n_x, m) and Y (1, m) as the numpy lessons use them.",
      functions: functions,
      constants: ["shape_names": .list(PyList(ToyDataset.shapeClassNames.map { .str($0) }))])
    return module
  }

  static let functions: [BuiltinFunction] = [
    loader(
      "planar", "planar(points_per_class=200, seed=1, layout='rows')",
      "The course's planar 'flower': two classes on the petals of r = 4 sin(4t), 2 * points_per_class points.\nrows: X (400, 2), y (400,); columns: X (2, 400), Y (1, 400), class 0 first.",
      keywords: ["points_per_class"], seed: 1
    ) { a throws(PyException) in
      ToyDataset.planarFlower(
        pointsPerClass: try a.count("points_per_class", 200), seed: try a.seed(1)
      ).transposedToRows()
    },
    BuiltinFunction(
      name: "load_planar_dataset", signature: "load_planar_dataset(seed=1)",
      doc:
        "The course's loader: X of shape (2, 400) and Y of shape (1, 400), examples in columns\n(the same as planar(layout='columns'))."
    ) { arguments throws(PyException) in
      try arguments.expectCount(0...1)
      try arguments.allowSupportedKeywords(["seed"])
      let set = ToyDataset.planarFlower(seed: try DatasetArguments(arguments).seed(1))
        .transposedToRows()
      return DataLayout.columns.arrays(x: set.x, y: set.y, classLabels: true)
    },
    loader(
      "spiral", "spiral(points_per_class=100, classes=3, seed=0, layout='rows')",
      "cs231n's spiral: one arm of points_per_class points per class.\nrows: X (300, 2), y (300,); columns: X (2, 300), Y (1, 300).",
      keywords: ["points_per_class", "classes"], seed: 0
    ) { a throws(PyException) in
      ToyDataset.spiral(
        pointsPerClass: try a.count("points_per_class", 100), classes: try a.positive("classes", 3),
        seed: try a.seed(0))
    },
    loader(
      "moons", "moons(n_samples=300, noise=0.2, seed=3, layout='rows')",
      "Two interleaving half circles (scikit-learn's make_moons, draw for draw).\nrows: X (300, 2), y (300,); columns: X (2, 300), Y (1, 300).",
      keywords: ["n_samples", "noise"], seed: 3
    ) { a throws(PyException) in
      ToyDataset.moons(
        count: try a.count("n_samples", 300), noise: try a.noise(0.2), seed: try a.seed(3))
    },
    loader(
      "circles", "circles(n_samples=300, noise=0.05, factor=0.8, seed=1, layout='rows')",
      "A small circle (radius factor, class 1) inside a unit one (class 0): scikit-learn's make_circles.\nrows: X (300, 2), y (300,); columns: X (2, 300), Y (1, 300).",
      keywords: ["n_samples", "noise", "factor"], seed: 1
    ) { a throws(PyException) in
      ToyDataset.circles(
        count: try a.count("n_samples", 300), noise: try a.noise(0.05),
        factor: try a.arguments.double("factor", default: 0.8),
        seed: try a.seed(1))
    },
    loader(
      "blobs",
      "blobs(n_samples=200, centers=6, n_features=2, cluster_std=1.0, seed=5, layout='rows')",
      "Gaussian clusters around random centres (scikit-learn's make_blobs); y is the cluster index.\nrows: X (200, 2), y (200,); columns: X (2, 200), Y (1, 200).",
      keywords: ["n_samples", "centers", "n_features", "cluster_std"], seed: 5
    ) { a throws(PyException) in
      let spread = try a.arguments.double("cluster_std", default: 1)
      guard spread >= 0 else {
        throw PyException(
          .valueError, "cluster_std must be non-negative, got \(PythonFloat.repr(spread))")
      }
      return ToyDataset.blobs(
        count: try a.count("n_samples", 200), centers: try a.positive("centers", 6),
        features: try a.positive("n_features", 2),
        standardDeviation: spread, seed: try a.seed(5))
    },
    loader(
      "xor", "xor(n_samples=200, noise=0.1, seed=0, layout='rows')",
      "Noisy XOR: points in the four quadrants, class 1 where the two coordinates differ in sign.\nrows: X (200, 2), y (200,); columns: X (2, 200), Y (1, 200).",
      keywords: ["n_samples", "noise"], seed: 0
    ) { a throws(PyException) in
      ToyDataset.xor(
        count: try a.count("n_samples", 200), noise: try a.noise(0.1) ?? 0, seed: try a.seed(0))
    },
    loader(
      "sine", "sine(n_samples=200, time_steps=20, step=0.3, noise=0.05, seed=0, layout='rows')",
      "Windows of a noisy sine wave and the next value, for sequence models.\nrows: X (200, 20, 1), y (200, 1); columns: X (1, 200, 20), Y (1, 200).",
      keywords: ["n_samples", "time_steps", "step", "noise"], seed: 0, classLabels: false
    ) { a throws(PyException) in
      ToyDataset.sineWindows(
        count: try a.count("n_samples", 200), timeSteps: try a.positive("time_steps", 20),
        step: try a.arguments.double("step", default: 0.3), noise: try a.noise(0.05) ?? 0,
        seed: try a.seed(0))
    },
    loader(
      "shapes", "shapes(n_samples=200, size=8, noise=0.1, seed=0, layout='rows')",
      "Small grayscale images of 4 shapes (names in shape_names), pixels in [0, 1].\nrows: X (200, 8, 8, 1), y (200,); columns: X (64, 200) flattened, Y (1, 200).",
      keywords: ["n_samples", "size", "noise"], seed: 0
    ) { a throws(PyException) in
      ToyDataset.shapes(
        count: try a.count("n_samples", 200), size: try a.imageSize(), noise: try a.noise(0.1) ?? 0,
        seed: try a.seed(0))
    },
    loader(
      "digits", "digits(n_samples=200, size=8, noise=0.1, seed=0, layout='rows')",
      "Small grayscale images of the digits 0-9 (image i shows digit i % 10), pixels in [0, 1].\nrows: X (200, 8, 8, 1), y (200,); columns: X (64, 200) flattened, Y (1, 200).",
      keywords: ["n_samples", "size", "noise"], seed: 0
    ) { a throws(PyException) in
      ToyDataset.digits(
        count: try a.count("n_samples", 200), size: try a.imageSize(), noise: try a.noise(0.1) ?? 0,
        seed: try a.seed(0))
    },
    BuiltinFunction(
      name: "names", signature: "names(count=400, seed=0)",
      doc:
        "A list of count dinosaur-like names (lower case, letters a-z), for character-level language\nmodels; ''.join(n + '\\n' for n in names()) is the course's text file."
    ) { arguments throws(PyException) in
      try arguments.expectCount(0...2)
      try arguments.allowSupportedKeywords(["count", "seed"])
      let a = DatasetArguments(arguments)
      let count = try arguments.int("count", at: 0, default: 400)
      guard count >= 0 && count <= 2400 else {
        throw PyException(.valueError, "names() makes 0 to 2400 names, not \(count)")
      }
      let corpus = NameCorpus.dinosaurLike(count: count, seed: try a.seed(0))
      return .list(PyList(corpus.names.map { .str($0) }))
    },
  ]

  /// A loader taking keyword arguments `keywords` plus `seed=` and `layout=`.
  private static func loader(
    _ name: String, _ signature: String, _ doc: String, keywords: [String], seed: Int,
    classLabels: Bool = true,
    make: @escaping (DatasetArguments) throws(PyException) -> ToyDataset
  ) -> BuiltinFunction {
    BuiltinFunction(name: name, signature: signature, doc: doc + "\nseed defaults to \(seed).") {
      arguments throws(PyException) in
      try arguments.expectCount(0...1)
      try arguments.allowSupportedKeywords(keywords + ["seed", "layout"])
      let layout = try DataLayout(argument: try arguments.string("layout") ?? "rows")
      let set = try make(DatasetArguments(arguments))
      return layout.arrays(x: set.x, y: set.y, classLabels: classLabels)
    }
  }
}

extension ToyDataset {
  /// The planar set with examples in rows (`x`: `[m, 2]`, `y`: `[m]`), as the other sets are.
  func transposedToRows() -> ToyDataset {
    ToyDataset(x: x.transposed(), y: Tensor(shape: [y.count], scalars: y.scalars))
  }
}
