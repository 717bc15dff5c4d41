import SwiftUI

struct ProfileView: View {
    @StateObject private var viewModel = ProfileViewModel()
    @State private var showingEditor = false

    var body: some View {
        NavigationStack {
            List {
                Section("Account") {
                    LabeledContent("Name", value: viewModel.name)
                    LabeledContent("Email", value: viewModel.email)
                }
                Section("Preferences") {
                    Toggle("Notifications", isOn: $viewModel.notificationsEnabled)
                    Picker("Theme", selection: $viewModel.theme) {
                        ForEach(Theme.allCases) { theme in
                            Text(theme.rawValue.capitalized).tag(theme)
                        }
                    }
                }
            }
            .navigationTitle("Profile")
            .toolbar {
                Button("Edit") { showingEditor = true }
            }
            .sheet(isPresented: $showingEditor) {
                EditProfileView(viewModel: viewModel)
            }
            .task { await viewModel.load() }
        }
    }
}
