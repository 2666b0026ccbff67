/// The value of `super()`: attribute lookups start at the base of the defining class.
final class SuperObject: NativeObject {
  let cls: PyClass
  let receiver: PyValue

  init(cls: PyClass, receiver: PyValue) {
    self.cls = cls
    self.receiver = receiver
  }

  var typeName: String { "super" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String {
    "<super: <class '\(cls.name)'>, <\(receiver.typeName) object>>"
  }

  func attribute(_ name: String, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    if let found = cls.base?.lookup(name) {
      switch found {
      case .function, .builtin: return .boundMethod(PyBoundMethod(receiver: receiver, function: found))
      default: return found
      }
    }
    guard name == "__init__" else { return nil }
    let receiver = self.receiver
    return .builtin(
      BuiltinFunction(name: "__init__") { arguments throws(PyException) in
        if case .instance(let object) = receiver,
          object.cls.isSubclass(of: ExceptionKind.baseException.cls)
        {
          object.setAttribute("args", .tuple(arguments.positional))
        }
        return .none
      })
  }
}
