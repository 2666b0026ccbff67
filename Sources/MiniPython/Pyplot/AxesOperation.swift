import TextPlot

/// One drawing or labelling call that pyplot and `Axes` objects share: `plt.title(s)` and
/// `ax.set_title(s)` run the same body on different axes.
struct AxesOperation {
  /// The `plt` function name (`"title"`), or `nil` when only axes objects have it.
  var functionName: String?
  /// The `Axes` method name (`"set_title"`), or `nil` when only `plt` has it.
  var methodName: String?
  /// The signature for `help`, without the name (`"(label, fontsize=None)"`).
  var parameters: String
  var doc: String
  var body: (Arguments, inout Axes) throws(PyException) -> PyValue

  /// An operation named the same on `plt` and on axes objects (`plot`, `legend`).
  init(
    _ name: String, _ parameters: String, _ doc: String,
    _ body: @escaping (Arguments, inout Axes) throws(PyException) -> PyValue
  ) {
    self.init(function: name, method: name, parameters, doc, body)
  }

  init(
    function: String?, method: String?, _ parameters: String, _ doc: String,
    _ body: @escaping (Arguments, inout Axes) throws(PyException) -> PyValue
  ) {
    self.functionName = function
    self.methodName = method
    self.parameters = parameters
    self.doc = doc
    self.body = body
  }

  /// Every shared operation: drawing, then labels, limits and scales.
  static func all(_ state: PyplotState) -> [AxesOperation] {
    drawing(state) + decorations
  }

  /// The operation as a `BuiltinFunction` acting on whatever axes `target` gives.
  func builtin(
    named name: String, prefix: String,
    on target: @escaping ((inout Axes) throws(PyException) -> PyValue) throws(PyException) -> PyValue
  ) -> BuiltinFunction {
    let body = self.body
    return BuiltinFunction(name: name, signature: "\(prefix)\(name)\(parameters)", doc: doc) {
      arguments throws(PyException) in
      try target { axes throws(PyException) in try body(arguments, &axes) }
    }
  }
}
