import { useForm } from 'react-hook-form';

export default function RegisterForm({ onSubmit }) {
  const { register, handleSubmit, formState: { errors } } = useForm();

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <label>
        Email
        <input type="email" {...register('email', { required: 'Email is required' })} />
      </label>
      {errors.email && <span role="alert">{errors.email.message}</span>}

      {/* rest of the form fields */}

      <button type="submit">Create account</button>
    </form>
  );
}
