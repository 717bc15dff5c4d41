import SwiftUI

struct ContentView: View {
    @State private var count = 0
    @State private var name = ""

    var body: some View {
        VStack(spacing: 16) {
            TextField("Your name", text: $name)
                .textFieldStyle(.roundedBorder)
            Text("Hello, \(name.isEmpty ? "world" : name)!")
                .font(.title)
            Button("Tapped \(count) times") {
                count += 1
            }
        }
        .padding()
    }
}
