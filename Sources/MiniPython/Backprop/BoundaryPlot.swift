/// `backprop.plot_boundary(model, X, y)` and the course's `plot_decision_boundary(model, X, y)`.
///
/// Decision regions of a model of two inputs, with the labelled points over them, drawn as the
/// course's `planar_utils.plot_decision_boundary` draws them:
///
/// ```
/// x1 ∈ [min X₁ − margin, max X₁ + margin],  x2 likewise,  resolution × resolution grid
/// Z = model(grid)   grid: (resolution², 2), examples in rows, x1 varying fastest
/// contourf(x1, x2, Z, cmap=Spectral);  scatter(X₁, X₂, c=y, cmap=Spectral)
/// ```
///
/// `model` is a callable given the grid in rows (the course passes
/// `lambda x: predict(parameters, x.T)`), or any object with a `predict` method (a Keras model:
/// `model.predict(grid)`). Its output may be one value per point (a class, or a probability of
/// class 1) in any shape of `resolution²` elements, or one row (or column) of `C` class scores
/// per point, whose arg max is drawn. `X` is `(m, 2)` or `(2, m)`; the layout is read from the
/// shape (`layout=` settles a `(2, 2)` X). It draws on the current axes (so `plt.subplot` grids
/// work as in the course), or on a new figure when those already hold a drawing. The figure's summary counts the training points the
/// regions misclassify ("boundary: 12 of 400 training points misclassified").
enum BoundaryPlot {
  static let signature = "(model, X, y, layout=None, resolution=200, margin=1.0, title=None)"
  static let doc =
    "Draws the decision regions of a model of 2 inputs with the points of X over them,\ncoloured by their labels y, on the current axes (plt.show() shows it). model is a callable\ntaking points in rows, shape (k, 2) (the course's lambda x: predict(parameters, x.T)), or any\nobject with a predict method (a Keras model). X is (m, 2) or (2, m); y holds m labels.\nThe grid spans the data +- margin with resolution points per axis."

  static func function(named name: String) -> BuiltinFunction {
    BuiltinFunction(name: name, signature: name + signature, doc: doc) {
      arguments throws(PyException) in
      try arguments.allowSupportedKeywords([
        "model", "X", "y", "layout", "resolution", "margin", "title",
      ])
      try arguments.expectCount(0...3)
      try draw(arguments)
      return .none
    }
  }

  private static func draw(_ arguments: Arguments) throws(PyException) {
    let name = arguments.functionName
    let model = try arguments.required("model", at: 0)
    let x = try array(try arguments.required("X", at: 1), "X", in: name)
    let labels = try array(try arguments.required("y", at: 2), "y", in: name)
    let resolution = try arguments.int("resolution", default: 200)
    guard (2...1000).contains(resolution) else {
      throw PyException(
        .valueError, "resolution must be from 2 to 1000 points per axis, not \(resolution)")
    }
    let margin = try arguments.double("margin", default: 1)
    guard margin >= 0, margin.isFinite else {
      throw PyException(
        .valueError, "margin must be a non-negative number, not \(PythonFloat.repr(margin))")
    }
    let layout = try arguments.string("layout").map { text throws(PyException) in
      try DataLayout(argument: text)
    }
    let (first, second) = try coordinates(x, layout: layout, in: name)
    guard labels.count == first.count else {
      throw PyException(
        .valueError, "y has \(labels.count) labels but X has \(first.count) points",
        help: "y holds one label per point: shape (m,) or (1, m)")
    }
    guard !first.isEmpty else { throw PyException(.valueError, "X has no points to draw") }
    let xs = grid(first, margin: margin, count: resolution)
    let ys = grid(second, margin: margin, count: resolution)
    var points: [Double] = []
    points.reserveCapacity(2 * resolution * resolution)
    for y in ys {
      for x in xs { points += [x, y] }
    }
    let output = try predict(
      model, NDArray(shape: [resolution * resolution, 2], scalars: points),
      in: arguments.interpreter)
    let z = try regions(output, points: resolution * resolution, in: name)
    let plt = try PyplotCalls(arguments.interpreter)
    try plt.useEmptyAxes()
    let spectral: (name: String, value: PyValue) = ("cmap", .str("Spectral"))
    try plt(
      "contourf",
      [
        .native(NDArray(shape: [resolution], scalars: xs)),
        .native(NDArray(shape: [resolution], scalars: ys)),
        .native(NDArray(shape: [resolution, resolution], scalars: z)),
      ], [spectral])
    try plt("ylabel", [.str("x2")])
    try plt("xlabel", [.str("x1")])
    try plt(
      "scatter",
      [
        .native(NDArray(shape: [first.count], scalars: first)),
        .native(NDArray(shape: [second.count], scalars: second)),
      ],
      [("c", .native(NDArray(shape: [labels.count], scalars: labels.scalars))), spectral])
    if let title = try arguments.string("title") { try plt("title", [.str(title)]) }
  }

  private static func array(_ value: PyValue, _ name: String, in function: String)
    throws(PyException) -> NDArray
  {
    do {
      return try Numpy.array(value)
    } catch {
      throw PyException(
        .typeError,
        "\(function)() argument '\(name)' must be an array of numbers, not \(value.typeName)")
    }
  }

  /// The two input coordinates of every point of `x`, `(m, 2)` or `(2, m)`.
  private static func coordinates(_ x: NDArray, layout: DataLayout?, in function: String)
    throws(PyException)
    -> ([Double], [Double])
  {
    let shape = x.shape
    guard shape.count == 2, shape[0] == 2 || shape[1] == 2 else {
      throw PyException(
        .valueError,
        "\(function)() draws models of 2 inputs: X must be (m, 2) or (2, m), not \(shapeText(shape))",
        help: "for more inputs, plot two of them (X[:, :2]) with a model trained on those two")
    }
    let columns = layout.map { $0 == .columns } ?? (shape[1] != 2)
    if columns && shape[0] != 2 || !columns && shape[1] != 2 {
      throw PyException(
        .valueError,
        "layout='\(columns ? "columns" : "rows")' needs X of shape \(columns ? "(2, m)" : "(m, 2)"), not \(shapeText(shape))"
      )
    }
    let values = x.scalars
    if columns {
      let m = shape[1]
      return (Array(values[0..<m]), Array(values[m..<(2 * m)]))
    }
    return (
      stride(from: 0, to: values.count, by: 2).map { values[$0] },
      stride(from: 1, to: values.count, by: 2).map { values[$0] }
    )
  }

  /// `count` evenly spaced values across the data's range widened by `margin` on each side.
  private static func grid(_ values: [Double], margin: Double, count: Int) -> [Double] {
    let finite = values.filter(\.isFinite)
    var low = (finite.min() ?? 0) - margin
    var high = (finite.max() ?? 0) + margin
    if high <= low { (low, high) = (low - 0.5, high + 0.5) }
    let step = (high - low) / Double(count - 1)
    return (0..<count).map { low + Double($0) * step }
  }

  /// Calls `model.predict(grid)` when the model has a `predict` method, else `model(grid)`.
  private static func predict(_ model: PyValue, _ grid: NDArray, in interpreter: Interpreter)
    throws(PyException) -> PyValue
  {
    switch model {
    case .function, .builtin, .boundMethod, .type:
      return try interpreter.call(model, [.native(grid)])
    default:
      if let predict = try? interpreter.attribute(model, "predict") {
        return try interpreter.call(predict, [.native(grid)])
      }
      return try interpreter.call(model, [.native(grid)])
    }
  }

  /// One value per grid point: the model's value, or the arg max of its class scores.
  private static func regions(_ output: PyValue, points k: Int, in function: String)
    throws(PyException) -> [Double]
  {
    let z: NDArray
    do {
      z = try Numpy.array(output)
    } catch {
      throw PyException(
        .typeError,
        "the model returned \(output.typeName); \(function)() needs an array of predictions")
    }
    let values = z.scalars
    if z.count == k { return values }
    let classes = k > 0 ? z.count / k : 0
    if classes > 1, z.count == k * classes, z.shape == [k, classes] || z.shape == [classes, k] {
      let rows = z.shape == [k, classes]
      return (0..<k).map { point in
        let scores = (0..<classes).map {
          rows ? values[point * classes + $0] : values[$0 * k + point]
        }
        return Double(scores.indices.max { scores[$0] < scores[$1] } ?? 0)
      }
    }
    throw PyException(
      .valueError,
      "the model returned shape \(shapeText(z.shape)) for \(k) points; \(function)() needs one value per point (a class or a probability) or one row of class scores per point",
      help:
        "the model is called on points in rows, shape (\(k), 2): a model taking columns needs x.T, as in lambda x: predict(parameters, x.T)"
    )
  }
}
