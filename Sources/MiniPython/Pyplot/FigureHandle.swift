/// A matplotlib `Figure` object (`fig = plt.figure()`, `fig, ax = plt.subplots()`).
final class FigureHandle: NativeObject {
  let state: PyplotState
  let number: Int

  init(state: PyplotState, number: Int) {
    self.state = state
    self.number = number
  }

  var typeName: String { "matplotlib.figure.Figure" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String {
    "<Figure \(number)>"
  }

  func attribute(_ name: String, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    let (state, number) = (self.state, self.number)
    switch name {
    case "number": return .int(number)
    case "suptitle":
      return .builtin(BuiltinFunction(name: name, signature: "Figure.suptitle(t)", doc: "Sets the figure's title, above its subplots.") {
        arguments throws(PyException) in
        let title = try arguments.interpreter.str(try arguments.required("t", at: 0))
        state.figures[try state.index(of: number)].figure.title = title
        return .none
      })
    case "add_subplot":
      return .builtin(BuiltinFunction(name: name, signature: "Figure.add_subplot(nrows, ncols, index)", doc: "Like plt.subplot, on this figure.") {
        arguments throws(PyException) in
        state.currentNumber = number
        return try Pyplot.subplot(arguments, state)
      })
    case "savefig": return .builtin(Pyplot.savefig)
    case "tight_layout", "set_size_inches", "set_figwidth", "set_figheight":
      return .builtin(BuiltinFunction(name: name, signature: "Figure.\(name)(...)", doc: "Accepted and ignored (layout and size are cosmetic).") { _ throws(PyException) in .none })
    case "colorbar":
      return .builtin(Pyplot.colorbarFunction(state))
    case "axes", "get_axes":
      let index = try state.index(of: number)
      let axes = state.figures[index].figure.subplots.indices.map { PyValue.native(AxesHandle(state: state, figure: number, index: $0)) }
      return name == "axes" ? .list(PyList(axes)) : .builtin(BuiltinFunction(name: name, signature: "Figure.get_axes()", doc: "The figure's axes.") { _ throws(PyException) in .list(PyList(axes)) })
    default: return nil
    }
  }

  var attributeNames: [String] {
    ["add_subplot", "axes", "colorbar", "get_axes", "number", "savefig", "set_size_inches", "suptitle", "tight_layout"]
  }
}
