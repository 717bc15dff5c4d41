import { useForm } from 'react-hook-form';

export interface AddressInput {
  street: string;
  city: string;
  postcode: string;
}

export function AddressForm({ onSubmit }: { onSubmit: (a: AddressInput) => void }) {
  const { register, handleSubmit, formState } = useForm<AddressInput>();

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <label htmlFor="street">Street</label>
      <input id="street" {...register('street', { required: true })} />
      <label htmlFor="city">City</label>
      <input id="city" {...register('city', { required: true })} />
      <label htmlFor="postcode">Postcode</label>
      <input id="postcode" {...register('postcode', { required: true, maxLength: 10 })} />
      {/* TODO: add the rest of the address fields (region, country) once the API supports them */}
      <button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? 'Saving...' : 'Save'}
      </button>
    </form>
  );
}
