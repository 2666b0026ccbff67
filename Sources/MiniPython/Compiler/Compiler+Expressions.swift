extension Compiler {
  func compile(_ expression: Expression) throws(SyntaxError) -> Evaluator {
    switch expression {
    case .name(let name, _):
      return compileLoad(name)
    case .constant(let constant, _):
      let value: PyValue
      switch constant {
      case .none: value = .none
      case .ellipsis: value = .ellipsis
      case .bool(let b): value = .bool(b)
      case .int(let i): value = .int(i)
      case .float(let d): value = .float(d)
      case .string(let s): value = .str(s)
      }
      return { _ throws(PyException) in value }
    case .formatted(let parts, _):
      return try compileFormatted(parts)
    case .unary(let op, let operand, _):
      let value = try compile(operand)
      return { f throws(PyException) in
        let v = try value(f)
        if op == .negate, case .float(let d) = v { return .float(-d) }
        return try f.interpreter.unary(op, v)
      }
    case .not(let operand, _):
      let condition = try compileCondition(operand)
      return { f throws(PyException) in .bool(!(try condition(f))) }
    case .binary(let op, let left, let right, _):
      return try compileBinary(op, left, right)
    case .logical(let isAnd, let left, let right, _):
      let a = try compile(left)
      let b = try compile(right)
      return { f throws(PyException) in
        let first = try a(f)
        let truth: Bool
        switch first {
        case .bool(let x): truth = x
        default: truth = try f.interpreter.truthy(first)
        }
        return truth == isAnd ? try b(f) : first
      }
    case .compare(let first, let rest, _):
      return try compileCompare(first, rest)
    case .call(let callee, let arguments, let location):
      return try compileCall(callee, arguments, location)
    case .attribute(let object, let name, _):
      return try compileAttributeLoad(object, name)
    case .item(let container, let key, _):
      if case .constant(.string(let text), _) = key {
        // parameters["W1"]: the key is made (and hashed) once.
        let object = try compile(container)
        let constantKey = PyKey(string: text)
        let keyValue = PyValue.str(text)
        if case .name(let name, _) = container, case .slot(let slot) = scope.resolve(name, globals: globals) {
          // A dict in a local variable is read in place: the lookup runs no Python code, so the
          // variable cannot change under it, and the dict is not retained.
          return { f throws(PyException) in
            if let dict = f.localDict(slot), let value = dict._withUnsafeGuaranteedRef({ $0.get(constantKey) }) {
              return value
            }
            return try f.interpreter.item(try object(f), keyValue)
          }
        }
        return { f throws(PyException) in
          // Each branch uses either the dict or the value, so the reference moves instead of
          // being copied.
          let o = try object(f)
          if case .dict(let dict) = o {
            if let value = dict.get(constantKey) { return value }
            return try f.interpreter.item(.dict(dict), keyValue)
          }
          return try f.interpreter.item(o, keyValue)
        }
      }
      let index = try compile(key)
      if case .name(let name, _) = container, case .slot(let slot) = scope.resolve(name, globals: globals) {
        let object = compileLoad(name)
        return { f throws(PyException) in
          let k = try index(f)
          if case .int(let i) = k, let list = f.localList(slot),
            let item = list._withUnsafeGuaranteedRef({ $0.item(at: i) })
          {
            return item
          }
          // grads["dW" + str(l)], a[t - 1]: read in place, as above.
          if let dict = f.localDict(slot) {
            let key: PyKey?
            switch k {
            case .str(let text): key = PyKey(string: text)
            case .int(let i): key = PyKey(int: i)
            default: key = nil
            }
            if let key, let value = dict._withUnsafeGuaranteedRef({ $0.get(key) }) { return value }
          }
          return try f.interpreter.item(try object(f), k)
        }
      }
      let object = try compile(container)
      return { f throws(PyException) in
        let o = try object(f)
        let k = try index(f)
        switch o {
        case .list(let list):
          if case .int(var i) = k {
            if i < 0 { i += list.items.count }
            if i >= 0 && i < list.items.count { return list.items[i] }
          }
          return try f.interpreter.item(.list(list), k)
        case .dict(let dict):
          if case .str(let text) = k, let value = dict.get(PyKey(string: text)) { return value }
          return try f.interpreter.item(.dict(dict), k)
        default:
          return try f.interpreter.item(o, k)
        }
      }
    case .slice(let start, let stop, let step, _):
      if let value = Compiler.literalValue(expression) { return { _ throws(PyException) in value } }
      let parts = try [start, stop, step].map { (e: Expression?) throws(SyntaxError) -> Evaluator? in
        try e.map { (x: Expression) throws(SyntaxError) in try compile(x) }
      }
      let (first, last, by) = (parts[0], parts[1], parts[2])
      return { f throws(PyException) in
        .slice(PySlice(start: try first?(f) ?? .none, stop: try last?(f) ?? .none, step: try by?(f) ?? .none))
      }
    case .tuple(let items, _):
      if let value = Compiler.literalValue(expression) { return { _ throws(PyException) in value } }
      let elements = try compileElements(items)
      return { f throws(PyException) in .tuple(try elements(f)) }
    case .list(let items, _):
      let elements = try compileElements(items)
      return { f throws(PyException) in .list(PyList(try elements(f))) }
    case .set(let items, _):
      let elements = try compileElements(items)
      return { f throws(PyException) in
        let set = PySet()
        for element in try elements(f) { set.insert(try PyKey(element)) }
        return .set(set)
      }
    case .dict(let entries, _):
      // A constant string key is made (and hashed) once, when the display is compiled.
      enum Key {
        case constant(PyKey)
        case computed(Evaluator)
        case unpacked
      }
      var compiled: [(Key, Evaluator)] = []
      for (key, value) in entries {
        let compiledKey: Key
        switch key {
        case .constant(.string(let text), _)?: compiledKey = .constant(PyKey(string: text))
        case let key?: compiledKey = .computed(try compile(key))
        case nil: compiledKey = .unpacked
        }
        compiled.append((compiledKey, try compile(value)))
      }
      let capacity = compiled.count
      return { f throws(PyException) in
        let dict = PyDict(capacity: capacity)
        for (key, value) in compiled {
          switch key {
          case .constant(let key):
            dict.set(key, try value(f))
          case .computed(let key):
            let k = try PyKey(try key(f))
            dict.set(k, try value(f))
          case .unpacked:
            let other = try value(f)
            guard case .dict(let source) = other else {
              throw PyException(.typeError, "'\(other.typeName)' object is not a mapping")
            }
            for (k, v) in source.entries { dict.set(try PyKey(k), v) }
          }
        }
        return .dict(dict)
      }
    case .starred(_, let location):
      throw SyntaxError(message: "can't use starred expression here", location: location)
    case .lambda(let parameters, let body, let location):
      let code = try compileFunction(
        name: "<lambda>", parameters: parameters, body: [.returnValue(body, location)],
        location: location, isLambda: true)
      return try makeFunction(code, parameters)
    case .conditional(let test, let body, let orElse, _):
      let condition = try compileCondition(test)
      let then = try compile(body)
      let otherwise = try compile(orElse)
      return { f throws(PyException) in try condition(f) ? try then(f) : try otherwise(f) }
    case .comprehension(let comprehension, _):
      return try compileComprehension(comprehension)
    case .yield(let value, let from, let location):
      return try compileYield(value, from: from, location)
    }
  }

  /// Elements of a display, expanding `*iterable`.
  func compileElements(_ items: [Expression]) throws(SyntaxError) -> (Frame) throws(PyException) -> [PyValue] {
    var compiled: [(Bool, StoredEvaluator)] = []
    var hasStar = false
    for item in items {
      if case .starred(let inner, _) = item {
        compiled.append((true, StoredEvaluator(try compile(inner))))
        hasStar = true
      } else {
        compiled.append((false, StoredEvaluator(try compile(item))))
      }
    }
    if !hasStar {
      let plain = compiled.map(\.1)
      // Two or three items (`return A, cache`, `(A, W, b)`) as one array literal.
      if plain.count == 2 {
        let (e0, e1) = (plain[0].evaluate, plain[1].evaluate)
        return { f throws(PyException) in [try e0(f), try e1(f)] }
      }
      if plain.count == 3 {
        let (e0, e1, e2) = (plain[0].evaluate, plain[1].evaluate, plain[2].evaluate)
        return { f throws(PyException) in [try e0(f), try e1(f), try e2(f)] }
      }
      if plain.count == 4 {
        // x[i, :, h:h + 3, w:w + 3]: a four-index key.
        let (e0, e1, e2, e3) = (plain[0].evaluate, plain[1].evaluate, plain[2].evaluate, plain[3].evaluate)
        return { f throws(PyException) in [try e0(f), try e1(f), try e2(f), try e3(f)] }
      }
      if (5...8).contains(plain.count) {
        // [dWax, dWaa, dWya, db, dby], Adam's caches: up to eight items as one array literal (a
        // loop over the evaluators retained each one, and the array grew by a generic path).
        let e = plain.map(\.evaluate)
        let (e0, e1, e2, e3, e4) = (e[0], e[1], e[2], e[3], e[4])
        switch plain.count {
        case 5:
          return { f throws(PyException) in [try e0(f), try e1(f), try e2(f), try e3(f), try e4(f)] }
        case 6:
          let e5 = e[5]
          return { f throws(PyException) in [try e0(f), try e1(f), try e2(f), try e3(f), try e4(f), try e5(f)] }
        case 7:
          let (e5, e6) = (e[5], e[6])
          return { f throws(PyException) in
            [try e0(f), try e1(f), try e2(f), try e3(f), try e4(f), try e5(f), try e6(f)]
          }
        default:
          let (e5, e6, e7) = (e[5], e[6], e[7])
          return { f throws(PyException) in
            [try e0(f), try e1(f), try e2(f), try e3(f), try e4(f), try e5(f), try e6(f), try e7(f)]
          }
        }
      }
      return { f throws(PyException) in
        var values: [PyValue] = []
        values.reserveCapacity(plain.count)
        for item in plain { values.append(try item.evaluate(f)) }
        return values
      }
    }
    return { f throws(PyException) in
      var values: [PyValue] = []
      for (isStar, item) in compiled {
        if isStar {
          values.append(contentsOf: try f.interpreter.collect(try item.evaluate(f)))
        } else {
          values.append(try item.evaluate(f))
        }
      }
      return values
    }
  }

  private func compileFormatted(_ parts: [Expression.FormatPart]) throws(SyntaxError) -> Evaluator {
    var pieces: [(String?, Evaluator?, Character?, Evaluator?)] = []
    for part in parts {
      switch part {
      case .literal(let text):
        pieces.append((text, nil, nil, nil))
      case .field(let expression, let conversion, let spec):
        let specValue = spec.isEmpty ? nil : try compileFormatted(spec)
        pieces.append((nil, try compile(expression), conversion, specValue))
      }
    }
    return { f throws(PyException) in
      var out = ""
      let interpreter = f.interpreter
      for (text, value, conversion, spec) in pieces {
        if let text {
          out += text
          continue
        }
        guard let value else { continue }
        var v = try value(f)
        if conversion == "r" || conversion == "a" { v = .str(try interpreter.repr(v)) }
        if conversion == "s" { v = .str(try interpreter.str(v)) }
        var specText = ""
        if let spec, case .str(let s) = try spec(f) { specText = s }
        out += try FormatSpec.format(v, spec: specText, interpreter: interpreter)
      }
      return .str(out)
    }
  }
}
