extension Builtins {
  static let sequenceFunctions: [BuiltinFunction] = [
    BuiltinFunction(
      name: "len", signature: "len(obj)", doc: "The number of items in obj.",
      unary: { value, interpreter throws(PyException) in .int(try interpreter.length(value)) }
    ) {
      arguments throws(PyException) in
      try arguments.expectCount(1...1)
      return .int(try arguments.interpreter.length(arguments[0]))
    },
    BuiltinFunction(
      name: "enumerate", signature: "enumerate(iterable, start=0)",
      doc: "Pairs (index, item) for each item of iterable."
    ) { arguments throws(PyException) in
      let iterator = try arguments.interpreter.iterate(try arguments.required("iterable", at: 0))
      var index = try arguments.int("start", at: 1, default: 0)
      return .iterator(
        PyIterator(typeName: "enumerate") { () throws(PyException) -> PyValue? in
          guard let item = try iterator.next() else { return nil }
          defer { index += 1 }
          return .tuple([.int(index), item])
        })
    },
    BuiltinFunction(
      name: "zip", signature: "zip(*iterables)", doc: "Tuples of the i-th items of each iterable."
    ) { arguments throws(PyException) in
      var iterators: [PyIterator] = []
      for value in arguments.positional { iterators.append(try arguments.interpreter.iterate(value)) }
      return .iterator(
        PyIterator(typeName: "zip") { () throws(PyException) -> PyValue? in
          guard !iterators.isEmpty else { return nil }
          var items: [PyValue] = []
          for iterator in iterators {
            guard let item = try iterator.next() else { return nil }
            items.append(item)
          }
          return .tuple(items)
        })
    },
    BuiltinFunction(
      name: "sorted", signature: "sorted(iterable, key=None, reverse=False)",
      doc: "A new sorted list of the items of iterable."
    ) { arguments throws(PyException) in
      try arguments.expectCount(1...1)
      try arguments.allowKeywords(["key", "reverse"])
      let items = try arguments.interpreter.collect(arguments[0])
      return .list(
        PyList(
          try Sorting.sorted(
            items, key: try arguments.value("key"),
            reverse: try arguments.bool("reverse", default: false),
            interpreter: arguments.interpreter)))
    },
    BuiltinFunction(
      name: "reversed", signature: "reversed(sequence)", doc: "The items of sequence in reverse order."
    ) { arguments throws(PyException) in
      try arguments.expectCount(1...1)
      switch arguments[0] {
      case .dict, .set, .iterator:
        throw PyException(.typeError, "'\(arguments[0].typeName)' object is not reversible")
      default:
        let items = try arguments.interpreter.collect(arguments[0])
        return .iterator(PyIterator(typeName: "reversed", values: items.reversed()))
      }
    },
    extremum("min", less: true),
    extremum("max", less: false),
    BuiltinFunction(
      name: "sum", signature: "sum(iterable, start=0)", doc: "start plus the sum of the items."
    ) { arguments throws(PyException) in
      try arguments.expectCount(1...2)
      var total = try arguments.value("start", at: 1) ?? .int(0)
      if case .str = total {
        throw PyException(.typeError, "sum() can't sum strings [use ''.join(seq) instead]")
      }
      let interpreter = arguments.interpreter
      let iterator = try interpreter.iterate(arguments[0])
      while let item = try iterator.next() {
        total = try interpreter.binary(.add, total, item)
      }
      return total
    },
    BuiltinFunction(name: "any", signature: "any(iterable)", doc: "True if any item is true.") {
      arguments throws(PyException) in
      try arguments.expectCount(1...1)
      let iterator = try arguments.interpreter.iterate(arguments[0])
      while let item = try iterator.next() {
        if try arguments.interpreter.truthy(item) { return .bool(true) }
      }
      return .bool(false)
    },
    BuiltinFunction(name: "all", signature: "all(iterable)", doc: "True if every item is true.") {
      arguments throws(PyException) in
      try arguments.expectCount(1...1)
      let iterator = try arguments.interpreter.iterate(arguments[0])
      while let item = try iterator.next() {
        if !(try arguments.interpreter.truthy(item)) { return .bool(false) }
      }
      return .bool(true)
    },
    BuiltinFunction(
      name: "map", signature: "map(function, *iterables)", doc: "function applied to each item."
    ) { arguments throws(PyException) in
      try arguments.expectCount(2...20)
      let function = arguments[0]
      let interpreter = arguments.interpreter
      var iterators: [PyIterator] = []
      for value in arguments.positional.dropFirst() { iterators.append(try interpreter.iterate(value)) }
      return .iterator(
        PyIterator(typeName: "map") { () throws(PyException) -> PyValue? in
          var items: [PyValue] = []
          for iterator in iterators {
            guard let item = try iterator.next() else { return nil }
            items.append(item)
          }
          return try interpreter.call(function, items)
        })
    },
    BuiltinFunction(
      name: "filter", signature: "filter(function, iterable)",
      doc: "The items for which function(item) is true (or the true items if function is None)."
    ) { arguments throws(PyException) in
      try arguments.expectCount(2...2)
      let function = arguments[0]
      let interpreter = arguments.interpreter
      let iterator = try interpreter.iterate(arguments[1])
      return .iterator(
        PyIterator(typeName: "filter") { () throws(PyException) -> PyValue? in
          while let item = try iterator.next() {
            let keep = function.isNone ? item : try interpreter.call(function, [item])
            if try interpreter.truthy(keep) { return item }
          }
          return nil
        })
    },
    BuiltinFunction(name: "iter", signature: "iter(iterable)", doc: "An iterator over iterable.") {
      arguments throws(PyException) in
      try arguments.expectCount(1...1)
      return .iterator(try arguments.interpreter.iterate(arguments[0]))
    },
    BuiltinFunction(
      name: "next", signature: "next(iterator[, default])",
      doc: "The next item of iterator, or default when exhausted."
    ) { arguments throws(PyException) in
      try arguments.expectCount(1...2)
      let iterator: PyIterator
      switch arguments[0] {
      case .iterator(let it): iterator = it
      case .instance(let object):
        if let method = object.cls.lookup("__next__") {
          return try arguments.interpreter.call(method, [arguments[0]])
        }
        fallthrough
      default:
        throw PyException(.typeError, "'\(arguments[0].typeName)' object is not an iterator")
      }
      if let item = try iterator.next() { return item }
      if arguments.count == 2 { return arguments[1] }
      throw PyException(.stopIteration, "")
    },
  ]

  /// `min` and `max`: over one iterable or several arguments, with `key=` and `default=`.
  private static func extremum(_ name: String, less: Bool) -> BuiltinFunction {
    BuiltinFunction(
      name: name, signature: "\(name)(iterable, *[, default=obj, key=func]) or \(name)(a, b, *args, key=func)",
      doc: "The \(less ? "smallest" : "largest") item."
    ) { arguments throws(PyException) in
      try arguments.allowKeywords(["key", "default"])
      let interpreter = arguments.interpreter
      guard arguments.count > 0 else {
        throw PyException(.typeError, "\(name) expected at least 1 argument, got 0")
      }
      let items = arguments.count == 1 ? try interpreter.collect(arguments[0]) : arguments.positional
      let key = try arguments.value("key")
      guard var best = items.first else {
        if let fallback = try arguments.value("default") { return fallback }
        throw PyException(.valueError, "\(name)() arg is an empty sequence")
      }
      var bestKey = key.map { _ in PyValue.none } ?? best
      if let key { bestKey = try interpreter.call(key, [best]) }
      for item in items.dropFirst() {
        let itemKey = key == nil ? item : try interpreter.call(key!, [item])  // key checked just above
        let better = less ? try interpreter.lessThan(itemKey, bestKey) : try interpreter.lessThan(bestKey, itemKey)
        if better {
          best = item
          bestKey = itemKey
        }
      }
      return best
    }
  }
}
