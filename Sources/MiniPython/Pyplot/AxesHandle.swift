/// A matplotlib `Axes` object (`fig, ax = plt.subplots()`, `plt.gca()`): one subplot of one
/// figure, with the methods of pyplot's shared operations (`ax.plot`, `ax.set_title`, ...).
final class AxesHandle: NativeObject {
  let state: PyplotState
  let figureNumber: Int
  let index: Int
  private let operations: [String: AxesOperation]

  init(state: PyplotState, figure: Int, index: Int) {
    self.state = state
    self.figureNumber = figure
    self.index = index
    var table: [String: AxesOperation] = [:]
    for operation in AxesOperation.all(state) {
      if let name = operation.methodName { table[name] = operation }
    }
    self.operations = table
  }

  var typeName: String { "matplotlib.axes.Axes" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String {
    "<Axes: figure \(figureNumber), subplot \(index + 1)>"
  }

  func attribute(_ name: String, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    if let operation = operations[name] {
      let (state, number, index) = (self.state, figureNumber, self.index)
      return .builtin(operation.builtin(named: name, prefix: "Axes.") { body throws(PyException) in
        try state.withAxes(figure: number, index: index, body)
      })
    }
    if name == "text" || name == "annotate" { return .builtin(Pyplot.unsupportedText(name)) }
    return nil
  }

  var attributeNames: [String] { operations.keys.sorted() }

  var isHashable: Bool { true }
}
