import { useForm } from "react-hook-form";

type SettingsForm = {
  displayName: string;
  emailNotifications: boolean;
};

export default function SettingsPage() {
  const { register, handleSubmit } = useForm<SettingsForm>();

  const onSubmit = async (values: SettingsForm) => {
    await fetch("/api/settings", {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(values),
    });
  };

  return (
    <main className="mx-auto max-w-2xl p-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <form onSubmit={handleSubmit(onSubmit)} className="space-y-4">
        <label className="block">
          Display name
          <input {...register("displayName")} className="input" />
        </label>
        {/* ... */}
        <button type="submit" className="btn-primary">
          Save
        </button>
      </form>
    </main>
  );
}
