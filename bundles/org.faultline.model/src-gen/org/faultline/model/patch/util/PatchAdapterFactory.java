/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.patch.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.faultline.model.patch.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.faultline.model.patch.PatchPackage
 * @generated
 */
public class PatchAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PatchPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PatchAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = PatchPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PatchSwitch<Adapter> modelSwitch =
		new PatchSwitch<Adapter>() {
			@Override
			public Adapter casePatchSeries(PatchSeries object) {
				return createPatchSeriesAdapter();
			}
			@Override
			public Adapter casePatchMail(PatchMail object) {
				return createPatchMailAdapter();
			}
			@Override
			public Adapter caseTrailer(Trailer object) {
				return createTrailerAdapter();
			}
			@Override
			public Adapter caseDiffstat(Diffstat object) {
				return createDiffstatAdapter();
			}
			@Override
			public Adapter caseDiffstatEntry(DiffstatEntry object) {
				return createDiffstatEntryAdapter();
			}
			@Override
			public Adapter caseFileDiff(FileDiff object) {
				return createFileDiffAdapter();
			}
			@Override
			public Adapter caseHunk(Hunk object) {
				return createHunkAdapter();
			}
			@Override
			public Adapter caseHunkLine(HunkLine object) {
				return createHunkLineAdapter();
			}
			@Override
			public Adapter casePatchProblem(PatchProblem object) {
				return createPatchProblemAdapter();
			}
			@Override
			public Adapter caseApplyReport(ApplyReport object) {
				return createApplyReportAdapter();
			}
			@Override
			public Adapter caseHunkReport(HunkReport object) {
				return createHunkReportAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.patch.PatchSeries <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.patch.PatchSeries
	 * @generated
	 */
	public Adapter createPatchSeriesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.patch.PatchMail <em>Mail</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.patch.PatchMail
	 * @generated
	 */
	public Adapter createPatchMailAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.patch.Trailer <em>Trailer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.patch.Trailer
	 * @generated
	 */
	public Adapter createTrailerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.patch.Diffstat <em>Diffstat</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.patch.Diffstat
	 * @generated
	 */
	public Adapter createDiffstatAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.patch.DiffstatEntry <em>Diffstat Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.patch.DiffstatEntry
	 * @generated
	 */
	public Adapter createDiffstatEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.patch.FileDiff <em>File Diff</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.patch.FileDiff
	 * @generated
	 */
	public Adapter createFileDiffAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.patch.Hunk <em>Hunk</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.patch.Hunk
	 * @generated
	 */
	public Adapter createHunkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.patch.HunkLine <em>Hunk Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.patch.HunkLine
	 * @generated
	 */
	public Adapter createHunkLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.patch.PatchProblem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.patch.PatchProblem
	 * @generated
	 */
	public Adapter createPatchProblemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.patch.ApplyReport <em>Apply Report</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.patch.ApplyReport
	 * @generated
	 */
	public Adapter createApplyReportAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.patch.HunkReport <em>Hunk Report</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.patch.HunkReport
	 * @generated
	 */
	public Adapter createHunkReportAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //PatchAdapterFactory
