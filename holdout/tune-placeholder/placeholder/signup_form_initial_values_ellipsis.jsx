import { useState } from 'react';
import { registerUser } from '../api';

const initialValues = {
  firstName: '',
  lastName: '',
  email: '',
  ...,
  acceptTerms: false,
};

export default function SignupForm() {
  const [values, setValues] = useState(initialValues);
  const [error, setError] = useState(null);

  const onChange = (e) => {
    const { name, type, checked, value } = e.target;
    setValues((v) => ({ ...v, [name]: type === 'checkbox' ? checked : value }));
  };

  const onSubmit = async (e) => {
    e.preventDefault();
    try {
      await registerUser(values);
    } catch (err) {
      setError(err.message);
    }
  };

  return (
    <form onSubmit={onSubmit}>
      <input name="firstName" value={values.firstName} onChange={onChange} />
      <input name="lastName" value={values.lastName} onChange={onChange} />
      <input name="email" type="email" value={values.email} onChange={onChange} />
      <label>
        <input name="acceptTerms" type="checkbox" checked={values.acceptTerms} onChange={onChange} /> I accept
      </label>
      {error && <p className="error">{error}</p>}
      <button type="submit">Create account</button>
    </form>
  );
}
