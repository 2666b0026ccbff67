/// Session-bound functions: print options and `np.nditer`.
extension Numpy {
  static func utilities(_ session: NumpySession) -> [BuiltinFunction] {
    [
      function("set_printoptions", "set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None)", "Sets how arrays print; omitted options keep their values.") { arguments throws(PyException) in
        var options = session.printOptions
        if let precision = try arguments.int("precision", at: 0, default: nil) { options.precision = precision }
        if let threshold = try arguments.int("threshold", at: 1, default: nil) { options.threshold = threshold }
        if let edgeItems = try arguments.int("edgeitems", at: 2, default: nil) { options.edgeItems = edgeItems }
        if let lineWidth = try arguments.int("linewidth", at: 3, default: nil) { options.lineWidth = lineWidth }
        if let suppress = try arguments.value("suppress", at: 4), !suppress.isNone {
          options.suppress = try arguments.interpreter.truthy(suppress)
        }
        session.printOptions = options
        return .none
      },
      function("get_printoptions", "get_printoptions()", "The current print options as a dict.") { _ throws(PyException) in
        let options = session.printOptions
        let dict = PyDict()
        for (key, value) in [("precision", options.precision), ("threshold", options.threshold), ("edgeitems", options.edgeItems), ("linewidth", options.lineWidth)] {
          dict.set(key, .int(value))
        }
        dict.set("suppress", .bool(options.suppress))
        return .dict(dict)
      },
      function("nditer", "nditer(op, flags=None, op_flags=None)", "An iterator over every element: it.multi_index, it.finished, it.iternext(), it[0].") { arguments throws(PyException) in
        let a = try array(try arguments.required("op", at: 0))
        var writable = false
        if let flags = try arguments.value("op_flags", at: 2) {
          writable = try arguments.interpreter.collect(flags).contains { value in
            if case .str(let s) = value { return s == "readwrite" || s == "writeonly" }
            if case .list(let inner) = value { return inner.items.contains { if case .str(let s) = $0 { return s == "readwrite" || s == "writeonly" } else { return false } } }
            return false
          }
        }
        return .native(NDIterator(a, writable: writable))
      },
    ] + products + sorting + splitting
  }
}

// MARK: - Conformance

extension NDIterator: NativeObject {
  public var typeName: String { "numpy.nditer" }

  public func repr(in interpreter: Interpreter) throws(PyException) -> String { "<numpy.nditer>" }

  public func attribute(_ name: String, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    switch name {
    case "multi_index": return .tuple(multiIndex.map { .int($0) })
    case "finished": return .bool(isFinished)
    case "index": return .int(zip(multiIndex, StridedLayout.rowMajorStrides(array.shape)).reduce(0) { $0 + $1.0 * $1.1 })
    case "iternext":
      return .builtin(BuiltinFunction(name: "iternext", signature: "it.iternext()", doc: "Moves to the next element; False once finished.") { _ throws(PyException) in
        .bool(self.advance())
      })
    default: return nil
    }
  }

  public func item(at key: PyValue, in interpreter: Interpreter) throws(PyException) -> PyValue {
    try checkActive()
    return Numpy.scalar(current.first, array.dtype)
  }

  public func setItem(at key: PyValue, to value: PyValue, in interpreter: Interpreter) throws(PyException) {
    try checkActive()
    guard isWritable else { throw PyException(.valueError, "assignment destination is read-only") }
    let source = try Numpy.array(value)
    current.assign(rowMajor: [source.first])
  }

  public func makeIterator(in interpreter: Interpreter) throws(PyException) -> PyIterator? {
    var started = false
    return PyIterator(typeName: "numpy.nditer") { () throws(PyException) -> PyValue? in
      if started { self.advance() }
      started = true
      return self.isFinished ? nil : .native(self.current)
    }
  }

  private func checkActive() throws(PyException) {
    if isFinished { throw PyException(.valueError, "Iterator is past the end") }
  }
}
