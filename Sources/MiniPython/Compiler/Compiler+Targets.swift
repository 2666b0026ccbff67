/// A compiled assignment target: stores a value in a frame.
typealias Store = (Frame, consuming PyValue) throws(PyException) -> Void

extension Compiler {
  /// Reading a name.
  func compileLoad(_ name: String) -> Evaluator {
    switch scope.resolve(name, globals: globals) {
    case .slot(let slot):
      return { f throws(PyException) in
        if let value = f.slots[slot] { return value }
        throw PyException(
          .unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
      }
    case .cell(let index):
      return { f throws(PyException) in
        if let value = f.cells[index].value { return value }
        throw PyException(
          .nameError,
          "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
      }
    case .global(let slot):
      let builtin = builtins[name]
      let locals = scope.kind == .function ? Array(scope.slots.keys) : []
      return { f throws(PyException) in
        if let value = f.globals.values[slot] { return value }
        if let builtin { return builtin }
        throw Compiler.nameError(name, locals: locals, f)
      }
    case .namespace(let key, let slot):
      let builtin = builtins[name]
      return { f throws(PyException) in
        if let value = f.namespace?[key] ?? f.globals.values[slot] ?? builtin { return value }
        throw Compiler.nameError(name, locals: Array((f.namespace ?? [:]).keys), f)
      }
    }
  }

  /// `NameError` with CPython's "Did you mean" from locals, then globals, then built-ins.
  static func nameError(_ name: String, locals: [String], _ f: Frame) -> PyException {
    let error = nameError(name)
    let suggestion = Suggestions.closest(to: name, among: locals)
      ?? Suggestions.closest(to: name, among: f.globals.boundNames)
      ?? Suggestions.closest(to: name, among: f.interpreter.builtinNames)
    guard let suggestion else { return error }
    let result = PyException(.nameError, "name '\(name)' is not defined. Did you mean: '\(suggestion)'?")
    result.help = error.help
    return result
  }

  static func nameError(_ name: String) -> PyException {
    let hint: String?
    switch name {
    case "np": hint = "import numpy as np"
    case "plt": hint = "import matplotlib.pyplot as plt"
    case "math", "copy", "time", "random", "numpy": hint = "import \(name)"
    case "true", "false", "none", "null": hint = "Python spells it \(name == "null" ? "None" : name.prefix(1).uppercased() + name.dropFirst())"
    default: hint = nil
    }
    return PyException(.nameError, "name '\(name)' is not defined", help: hint.map { "did you forget `\($0)`?" })
  }

  /// Writing a name.
  func compileNameStore(_ name: String) -> Store {
    switch scope.resolve(name, globals: globals) {
    case .slot(let slot):
      return { f, value throws(PyException) in f.slots[slot] = value }
    case .cell(let index):
      return { f, value throws(PyException) in f.cells[index].value = value }
    case .global(let slot):
      return { f, value throws(PyException) in f.globals.values[slot] = value }
    case .namespace(let key, _):
      return { f, value throws(PyException) in f.namespace?[key] = value }
    }
  }

  func compileStore(_ target: Expression) throws(SyntaxError) -> Store {
    switch target {
    case .name(let name, _):
      return compileNameStore(name)
    case .attribute(let object, let name, _):
      return try compileAttributeStore(object, name)
    case .item(let container, .constant(.string(let text), _), _):
      // parameters["W1"] = W: the key is made (and hashed) once.
      let evaluateContainer = try compile(container)
      let constantKey = PyKey(string: text)
      if case .name(let name, _) = container, case .slot(let slot) = scope.resolve(name, globals: globals) {
        // A dict in a local variable is updated in place (storing runs no Python code).
        return { f, value throws(PyException) in
          if let dict = f.localDict(slot) {
            dict._withUnsafeGuaranteedRef { $0.set(constantKey, value) }
            return
          }
          try f.interpreter.setItem(try evaluateContainer(f), .str(text), value)
        }
      }
      return { f, value throws(PyException) in
        let object = try evaluateContainer(f)
        if case .dict(let dict) = object {
          dict.set(constantKey, value)
          return
        }
        try f.interpreter.setItem(object, .str(text), value)
      }
    case .item(let container, let key, _):
      let evaluateContainer = try compile(container)
      let evaluateKey = try compile(key)
      if case .name(let name, _) = container, case .slot(let slot) = scope.resolve(name, globals: globals) {
        // grads["dW" + str(l)] = dW, values[i] = v: a local container is updated in place.
        return { f, value throws(PyException) in
          // An unbound container raises before the key is evaluated, as in Python.
          if f.slots[slot] == nil { _ = try evaluateContainer(f) }
          let index = try evaluateKey(f)
          if let dict = f.localDict(slot) {
            switch index {
            case .str(let text):
              return dict._withUnsafeGuaranteedRef { $0.set(PyKey(string: text), value) }
            case .int(let i):
              return dict._withUnsafeGuaranteedRef { $0.set(PyKey(int: i), value) }
            default:
              break
            }
          }
          switch f.slots[slot] {
          case .list(let list)?:
            if case .int(var i) = index {
              if i < 0 { i += list.items.count }
              if i >= 0 && i < list.items.count {
                list.items[i] = value
                return
              }
            }
          default:
            break
          }
          try f.interpreter.setItem(try evaluateContainer(f), index, value)
        }
      }
      return { f, value throws(PyException) in
        let object = try evaluateContainer(f)
        let index = try evaluateKey(f)
        // Each path uses either the container or the value it came in, so references move.
        switch object {
        case .list(let list):
          if case .int(var i) = index {
            if i < 0 { i += list.items.count }
            if i >= 0 && i < list.items.count {
              list.items[i] = value
              return
            }
          }
          try f.interpreter.setItem(.list(list), index, value)
        case .dict(let dict):
          if case .str(let text) = index {
            dict.set(PyKey(string: text), value)
            return
          }
          try f.interpreter.setItem(.dict(dict), index, value)
        default:
          try f.interpreter.setItem(object, index, value)
        }
      }
    case .tuple(let items, _), .list(let items, _):
      return try compileUnpack(items)
    case .starred(_, let location):
      throw SyntaxError(message: "starred assignment target must be in a list or tuple", location: location)
    default:
      try Parser.checkTarget(target, inAssignment: true)
      throw SyntaxError(message: "cannot assign to expression", location: target.location)
    }
  }

  func compileDelete(_ target: Expression) throws(SyntaxError) -> Evaluator {
    switch target {
    case .name(let name, _):
      let load = compileLoad(name)
      switch scope.resolve(name, globals: globals) {
      case .slot(let slot):
        return { f throws(PyException) in
          _ = try load(f)
          f.slots[slot] = nil
          return .none
        }
      case .cell(let index):
        return { f throws(PyException) in
          _ = try load(f)
          f.cells[index].value = nil
          return .none
        }
      case .global(let slot):
        return { f throws(PyException) in
          guard f.globals.values[slot] != nil else { throw Compiler.nameError(name) }
          f.globals.values[slot] = nil
          return .none
        }
      case .namespace(let key, _):
        return { f throws(PyException) in
          guard f.namespace?.removeValue(forKey: key) != nil else { throw Compiler.nameError(name) }
          return .none
        }
      }
    case .attribute(let object, let name, _):
      let evaluate = try compile(object)
      return { f throws(PyException) in
        try f.interpreter.deleteAttribute(try evaluate(f), name)
        return .none
      }
    case .item(let container, let key, _):
      let evaluateContainer = try compile(container)
      let evaluateKey = try compile(key)
      return { f throws(PyException) in
        try f.interpreter.deleteItem(try evaluateContainer(f), try evaluateKey(f))
        return .none
      }
    case .tuple(let items, _), .list(let items, _):
      var deletes: [Evaluator] = []
      for item in items { deletes.append(try compileDelete(item)) }
      return { f throws(PyException) in
        for delete in deletes { _ = try delete(f) }
        return .none
      }
    default:
      throw SyntaxError(message: "cannot delete expression", location: target.location)
    }
  }

  /// `target op= value`: reads once, applies the in-place operator, writes back
  /// (`x[s] += v` is get, in-place add, set, so host arrays write through views).
  func compileAugmented(_ target: Expression, _ op: BinaryOperator, _ value: Expression, _ line: Int)
    throws(SyntaxError) -> Executor
  {
    let right = try compile(value)
    // How the current value and the right-hand side combine: `+=` of an outer product in place,
    // else the ordinary in-place operator.
    let productUpdate = try compileProductUpdate(op, value)
    let combine: (Frame, PyValue) throws(PyException) -> PyValue
    if let productUpdate {
      combine = productUpdate
    } else {
      combine = { f, current throws(PyException) in try f.interpreter.inPlace(op, current, try right(f)) }
    }
    switch target {
    case .name(let name, _):
      let load = compileLoad(name)
      if case .slot(let slot) = scope.resolve(name, globals: globals) {
        return { f throws(PyException) in
          f.line = line
          guard let current = f.slots[slot] else { _ = try load(f); return .normal }
          if let update = productUpdate {
            f.slots[slot] = try update(f, current)
            return .normal
          }
          let operand = try right(f)
          if let result = try Compiler.fastArithmetic(op, current, operand) {
            f.slots[slot] = result
          } else {
            f.slots[slot] = try f.interpreter.inPlace(op, current, operand)
          }
          return .normal
        }
      }
      let store = compileNameStore(name)
      return { f throws(PyException) in
        f.line = line
        let current = try load(f)
        try store(f, try combine(f, current))
        return .normal
      }
    case .attribute(let object, let name, _):
      let evaluate = try compile(object)
      return { f throws(PyException) in
        f.line = line
        let interpreter = f.interpreter
        let receiver = try evaluate(f)
        let current = try interpreter.attribute(receiver, name)
        try interpreter.setAttribute(receiver, name, try combine(f, current))
        return .normal
      }
    case .item(let container, let key, _):
      let evaluateContainer = try compile(container)
      let evaluateKey = try compile(key)
      return { f throws(PyException) in
        f.line = line
        let interpreter = f.interpreter
        let object = try evaluateContainer(f)
        let index = try evaluateKey(f)
        let current = try interpreter.item(object, index)
        try interpreter.setItem(object, index, try combine(f, current))
        return .normal
      }
    default:
      try Parser.checkAugmentedTarget(target)
      throw SyntaxError(message: "illegal expression for augmented assignment", location: target.location)
    }
  }
}

extension Interpreter {
  /// `a op= b`: host objects and lists mutate in place; everything else rebinds to `a op b`.
  public func inPlace(_ op: BinaryOperator, _ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue {
    switch a {
    case .native(let object):
      if let result = try object.inPlace(op, b, in: self) { return result }
    case .list(let list) where op == .add:
      list.items.append(contentsOf: try collect(b))
      return a
    case .instance(let object):
      if let method = object.cls.lookup("__i\(op.dunder)__") { return try call(method, [a, b]) }
    default:
      break
    }
    return try binary(op, a, b)
  }
}
