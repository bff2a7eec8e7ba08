/**
 * Faultline: reviewing kernel mm patches by their behaviour.
 */
package org.faultline.model.c.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.faultline.model.c.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.faultline.model.c.CPackage
 * @generated
 */
public class CAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = CPackage.eINSTANCE;
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
	protected CSwitch<Adapter> modelSwitch =
		new CSwitch<Adapter>() {
			@Override
			public Adapter caseCSemanticDiff(CSemanticDiff object) {
				return createCSemanticDiffAdapter();
			}
			@Override
			public Adapter caseCFunctionDiff(CFunctionDiff object) {
				return createCFunctionDiffAdapter();
			}
			@Override
			public Adapter caseCSignatureChange(CSignatureChange object) {
				return createCSignatureChangeAdapter();
			}
			@Override
			public Adapter caseCContractChange(CContractChange object) {
				return createCContractChangeAdapter();
			}
			@Override
			public Adapter caseCDecisionRow(CDecisionRow object) {
				return createCDecisionRowAdapter();
			}
			@Override
			public Adapter caseCCallChange(CCallChange object) {
				return createCCallChangeAdapter();
			}
			@Override
			public Adapter caseCOwnershipChange(COwnershipChange object) {
				return createCOwnershipChangeAdapter();
			}
			@Override
			public Adapter caseCCodeMove(CCodeMove object) {
				return createCCodeMoveAdapter();
			}
			@Override
			public Adapter caseCResourceHandlers(CResourceHandlers object) {
				return createCResourceHandlersAdapter();
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
	 * Creates a new adapter for an object of class '{@link org.faultline.model.c.CSemanticDiff <em>Semantic Diff</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.c.CSemanticDiff
	 * @generated
	 */
	public Adapter createCSemanticDiffAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.c.CFunctionDiff <em>Function Diff</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.c.CFunctionDiff
	 * @generated
	 */
	public Adapter createCFunctionDiffAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.c.CSignatureChange <em>Signature Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.c.CSignatureChange
	 * @generated
	 */
	public Adapter createCSignatureChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.c.CContractChange <em>Contract Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.c.CContractChange
	 * @generated
	 */
	public Adapter createCContractChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.c.CDecisionRow <em>Decision Row</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.c.CDecisionRow
	 * @generated
	 */
	public Adapter createCDecisionRowAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.c.CCallChange <em>Call Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.c.CCallChange
	 * @generated
	 */
	public Adapter createCCallChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.c.COwnershipChange <em>Ownership Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.c.COwnershipChange
	 * @generated
	 */
	public Adapter createCOwnershipChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.c.CCodeMove <em>Code Move</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.c.CCodeMove
	 * @generated
	 */
	public Adapter createCCodeMoveAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.faultline.model.c.CResourceHandlers <em>Resource Handlers</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.faultline.model.c.CResourceHandlers
	 * @generated
	 */
	public Adapter createCResourceHandlersAdapter() {
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

} //CAdapterFactory
