import SwiftUI

struct TaskListView: View {
    @State private var tasks: [TaskItem] = TaskItem.samples
    @State private var newTitle = ""

    var body: some View {
        NavigationStack {
            List {
                Section {
                    HStack {
                        TextField("New task", text: $newTitle)
                        Button("Add") {
                            guard !newTitle.isEmpty else { return }
                            tasks.append(TaskItem(title: newTitle))
                            newTitle = ""
                        }
                    }
                }
                ForEach($tasks) { $task in
                    Toggle(task.title, isOn: $task.isDone)
                }
                .onDelete { tasks.remove(atOffsets: $0) }
            }
            .navigationTitle("Tasks")
        }
    }
}

#Preview {
    TaskListView()
}
