extension Interpreter {
  /// `value.name`: instance attributes, methods (bound), class attributes, module members,
  /// built-in methods of `list`/`dict`/`str`/`set`, host-object attributes.
  ///
  /// - Throws: `AttributeError: 'list' object has no attribute 'push'`.
  public func attribute(_ value: PyValue, _ name: String) throws(PyException) -> PyValue {
    switch value {
    case .instance(let object):
      if let found = object.attribute(name) { return found }
      if let found = object.cls.lookup(name) {
        switch found {
        case .function, .builtin: return .boundMethod(PyBoundMethod(receiver: value, function: found))
        default: return found
        }
      }
      if name == "__class__" { return .type(object.cls) }
      if name == "__dict__" {
        let dict = PyDict()
        for (key, item) in object.attributes.sorted(by: { $0.key < $1.key }) { dict.set(key, item) }
        return .dict(dict)
      }
    case .type(let cls):
      if let found = cls.lookup(name) { return found }
      if let method = unboundBuiltinMethod(cls, name) { return method }
      // A builtin class from a module (`numpy.exceptions.AxisError`) is named by its last part.
      if name == "__name__" { return .str(String(cls.name.split(separator: ".").last ?? Substring(cls.name))) }
      if name == "__bases__" { return .tuple(cls.base.map { [.type($0)] } ?? [.type(Builtins.object)]) }
    case .module(let module):
      if let found = module.members[name] { return found }
      if name == "__name__" { return .str(module.name) }
      // A registered submodule is an attribute of its package, as if the package imported it.
      if registry.factory(for: module.name + "." + name) != nil {
        return .module(try importDotted(module.name + "." + name).leaf)
      }
      throw PyException(
        .attributeError,
        "module '\(module.name)' has no attribute '\(name)'" + didYouMean(name, Array(module.members.keys)))
    case .native(let object):
      if let found = try object.attribute(name, in: self) { return found }
    case .function(let function):
      if name == "__name__" { return .str(function.name) }
      if name == "__qualname__" { return .str(function.code.qualifiedName) }
    case .builtin(let function):
      if let found = function.attributes[name] { return found }
      if name == "__name__" { return .str(function.name) }
      if name == "__doc__" { return .str(function.doc) }
    case .float(let d):
      if name == "real" { return value }
      if name == "imag" { return .float(0) }
      if name == "is_integer" {
        return bound(value, name) { arguments throws(PyException) in
          try arguments.expectCount(0...0)
          return .bool(d.isFinite && d == d.rounded())
        }
      }
    case .int(let i):
      if name == "real" { return value }
      if name == "imag" { return .int(0) }
      if name == "bit_length" {
        return bound(value, name) { _ throws(PyException) in .int(Int.bitWidth - i.magnitude.leadingZeroBitCount) }
      }
    default:
      break
    }
    if let method = BuiltinMethods.method(named: name, of: value, self) { return method }
    if let numpyScalar = try NDArray.scalarAttribute(of: value, name, in: self) { return numpyScalar }
    throw PyException(
      .attributeError,
      "'\(value.typeName)' object has no attribute '\(name)'" + didYouMean(name, Help.names(of: value, self)))
  }

  /// `". Did you mean: 'x'?"` when a close name exists, else `""`.
  func didYouMean(_ name: String, _ candidates: [String]) -> String {
    Suggestions.closest(to: name, among: candidates).map { ". Did you mean: '\($0)'?" } ?? ""
  }

  /// `str.upper`, `list.append`: a built-in type's method taking the receiver first.
  private func unboundBuiltinMethod(_ cls: PyClass, _ name: String) -> PyValue? {
    let sample: PyValue
    switch cls.name {
    case "str": sample = .str("")
    case "list": sample = .list(PyList())
    case "dict": sample = .dict(PyDict())
    case "set": sample = .set(PySet())
    case "tuple": sample = .tuple([])
    default: return nil
    }
    guard cls.isBuiltin, BuiltinMethods.names(for: sample).contains(name) else { return nil }
    return .builtin(
      BuiltinFunction(name: "\(cls.name).\(name)") { arguments throws(PyException) in
        guard let receiver = arguments.positional.first,
          Builtins.isInstance(receiver, of: cls)
        else {
          throw PyException(
            .typeError, "descriptor '\(name)' for '\(cls.name)' objects needs an argument")
        }
        var rest = arguments
        rest.positional.removeFirst()
        return try BuiltinMethods.call(name, on: receiver, rest) ?? PyValue.none
      })
  }

  /// A built-in method bound to its receiver (`[].append`).
  func bound(
    _ receiver: PyValue, _ name: String,
    _ body: @escaping (Arguments) throws(PyException) -> PyValue
  ) -> PyValue {
    .builtin(BuiltinFunction(name: name, body: body))
  }

  /// `value.name = newValue`.
  ///
  /// - Throws: `AttributeError` for values without writable attributes,
  ///   `TypeError: cannot set 'x' attribute of immutable type 'int'`.
  public func setAttribute(_ value: PyValue, _ name: String, _ newValue: PyValue) throws(PyException) {
    switch value {
    case .instance(let object):
      object.setAttribute(name, newValue)
      return
    case .type(let cls):
      if cls.isBuiltin {
        throw PyException(.typeError, "cannot set '\(name)' attribute of immutable type '\(cls.name)'")
      }
      cls.attributes[name] = newValue
      return
    case .module(let module):
      module.members[name] = newValue
      return
    case .native(let object):
      if try object.setAttribute(name, to: newValue, in: self) { return }
    default:
      break
    }
    throw PyException(.attributeError, "'\(value.typeName)' object has no attribute '\(name)'")
  }

  /// `del value.name`.
  func deleteAttribute(_ value: PyValue, _ name: String) throws(PyException) {
    if case .instance(let object) = value, object.removeAttribute(name) { return }
    throw PyException(.attributeError, "'\(value.typeName)' object has no attribute '\(name)'")
  }

  /// `-x`, `+x`, `~x`, `abs(x)`.
  public func unary(_ op: UnaryOperator, _ value: PyValue) throws(PyException) -> PyValue {
    switch (op, value) {
    case (.negate, .int(let i)):
      if i == Int.min { throw Interpreter.overflow(.subtract) }
      return .int(-i)
    case (.negate, .float(let d)): return .float(-d)
    case (.negate, .bool(let b)): return .int(b ? -1 : 0)
    case (.plus, .int), (.plus, .float): return value
    case (.plus, .bool(let b)): return .int(b ? 1 : 0)
    case (.invert, .int(let i)): return .int(~i)
    case (.invert, .bool(let b)): return .int(~(b ? 1 : 0))
    case (.absolute, .int(let i)):
      if i == Int.min { throw Interpreter.overflow(.subtract) }
      return .int(abs(i))
    case (.absolute, .float(let d)): return .float(abs(d))
    case (.absolute, .bool(let b)): return .int(b ? 1 : 0)
    case (_, .native(let object)):
      if let result = try object.unary(op, in: self) { return result }
    case (_, .instance(let object)):
      let dunder = ["-": "__neg__", "+": "__pos__", "~": "__invert__", "abs()": "__abs__"][op.rawValue]!  // every case listed
      if let method = object.cls.lookup(dunder) { return try call(method, [value]) }
    default:
      break
    }
    if op == .absolute {
      throw PyException(.typeError, "bad operand type for abs(): '\(value.typeName)'")
    }
    throw PyException(.typeError, "bad operand type for unary \(op.rawValue): '\(value.typeName)'")
  }
}
