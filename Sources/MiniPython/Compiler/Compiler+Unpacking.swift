/// Unpacking assignments: `a, b = t`, `a, *rest = xs`, and `a, b = b, a` without building the
/// tuple.
extension Compiler {
  /// `a, b = x, y` (two to five plain targets and as many plain values): evaluates the values
  /// left to right, then stores them left to right, as Python does, without making a tuple.
  /// `nil` when the statement has another shape.
  func compileParallelAssign(_ targets: [Expression], _ value: Expression, line: Int)
    throws(SyntaxError) -> Executor?
  {
    guard targets.count == 1 else { return nil }
    let names: [Expression]
    switch targets[0] {
    case .tuple(let items, _), .list(let items, _): names = items
    default: return nil
    }
    guard case .tuple(let values, _) = value, values.count == names.count, (2...5).contains(names.count)
    else { return nil }
    for item in names + values {
      if case .starred = item { return nil }
    }
    let v0 = try compile(values[0])
    let v1 = try compile(values[1])
    let s0 = try compileStore(names[0])
    let s1 = try compileStore(names[1])
    if names.count == 2 {
      return { f throws(PyException) in
        f.line = line
        let x = try v0(f)
        let y = try v1(f)
        try s0(f, x)
        try s1(f, y)
        return .normal
      }
    }
    let v2 = try compile(values[2])
    let s2 = try compileStore(names[2])
    if names.count > 3 {
      // Waa, Wax, Wya, by, b = parameters['Waa'], ...: each value and store captured one by one.
      let v3 = try compile(values[3])
      let s3 = try compileStore(names[3])
      let v4 = names.count == 5 ? try compile(values[4]) : nil
      let s4 = names.count == 5 ? try compileStore(names[4]) : nil
      return { f throws(PyException) in
        f.line = line
        let x = try v0(f)
        let y = try v1(f)
        let z = try v2(f)
        let w = try v3(f)
        let u = try v4?(f)
        try s0(f, x)
        try s1(f, y)
        try s2(f, z)
        try s3(f, w)
        if let s4, let u { try s4(f, u) }
        return .normal
      }
    }
    return { f throws(PyException) in
      f.line = line
      let x = try v0(f)
      let y = try v1(f)
      let z = try v2(f)
      try s0(f, x)
      try s1(f, y)
      try s2(f, z)
      return .normal
    }
  }

  /// Unpacking into two or three plain targets: a tuple of the right length is stored item by
  /// item; anything else is collected first, with Python's errors for a wrong count.
  private func unpackFew(_ stores: [Store]) -> Store {
    let s0 = stores[0]
    let s1 = stores[1]
    let s2 = stores.count == 3 ? stores[2] : nil
    let count = stores.count
    return { f, value throws(PyException) in
      if case .tuple(let t) = value, t.count == count {
        try s0(f, t[0])
        try s1(f, t[1])
        if let s2 { try s2(f, t[2]) }
        return
      }
      let values: [PyValue]
      switch value {
      case .tuple(let t): values = t
      case .list(let l): values = l.items
      default: values = try f.interpreter.collectForUnpacking(value)
      }
      guard values.count == count else {
        if values.count < count {
          throw PyException(.valueError, "not enough values to unpack (expected \(count), got \(values.count))")
        }
        throw PyException(.valueError, "too many values to unpack (expected \(count))")
      }
      try s0(f, values[0])
      try s1(f, values[1])
      if let s2 { try s2(f, values[2]) }
    }
  }

  func compileUnpack(_ items: [Expression]) throws(SyntaxError) -> Store {
    var stores: [Store] = []
    var starIndex: Int? = nil
    for (index, item) in items.enumerated() {
      if case .starred(let inner, let location) = item {
        if starIndex != nil {
          throw SyntaxError(message: "multiple starred expressions in assignment", location: location)
        }
        starIndex = index
        stores.append(try compileStore(inner))
      } else {
        stores.append(try compileStore(item))
      }
    }
    let count = items.count
    if starIndex == nil, count == 2 || count == 3 { return unpackFew(stores) }
    return { f, value throws(PyException) in
      let values: [PyValue]
      switch value {
      case .tuple(let t): values = t
      case .list(let l): values = l.items
      default: values = try f.interpreter.collectForUnpacking(value)
      }
      if let starIndex {
        guard values.count >= count - 1 else {
          throw PyException(
            .valueError, "not enough values to unpack (expected at least \(count - 1), got \(values.count))")
        }
        let after = count - starIndex - 1
        for index in 0..<starIndex { try stores[index](f, values[index]) }
        try stores[starIndex](f, .list(PyList(Array(values[starIndex..<(values.count - after)]))))
        for k in 0..<after { try stores[starIndex + 1 + k](f, values[values.count - after + k]) }
        return
      }
      guard values.count == count else {
        if values.count < count {
          throw PyException(.valueError, "not enough values to unpack (expected \(count), got \(values.count))")
        }
        throw PyException(.valueError, "too many values to unpack (expected \(count))")
      }
      for index in 0..<count { try stores[index](f, values[index]) }
    }
  }
}
